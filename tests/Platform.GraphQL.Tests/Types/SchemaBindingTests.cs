using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

/// <summary>Behaviour bound in the builder: resolvers, type resolvers, scalar implementations, enum runtime values.</summary>
public class SchemaBindingTests
{
    private const string PatientsSdl = """
        type Patient {
          id: ID!
          name: String!
        }

        type Query {
          patient(id: ID!): Patient
        }
        """;

    [Fact]
    public async Task AddResolver_BindsToTheField_AndTypeResolversToAbstractTypes()
    {
        FieldResolver resolver = _ => ValueTask.FromResult<object?>("Ada");
        TypeResolver typeResolver = (_, _) => "Patient";

        var schema = SchemaBuilder.FromSdl(PatientsSdl + "\nunion Person = Patient")
            .AddResolver("Patient", "name", resolver)
            .AddTypeResolver("Person", typeResolver)
            .Build();

        var field = ((ObjectType)schema.FindType("Patient")!).FindField("name")!;
        field.Resolver.ShouldBeSameAs(resolver);
        (await field.Resolver!(null!)).ShouldBe("Ada");
        ((UnionType)schema.FindType("Person")!).ResolveType.ShouldBeSameAs(typeResolver);
        schema.QueryType.FindField("patient")!.Resolver.ShouldBeNull();
    }

    [Fact]
    public void Build_BindingsThatPointNowhere_AreReported()
    {
        var builder = SchemaBuilder.FromSdl(PatientsSdl + "\ninterface Node { id: ID! }\nenum Status { ACTIVE }")
            .AddResolver("Patient", "age", _ => default)
            .AddResolver("Visit", "id", _ => default)
            .AddResolver("Node", "id", _ => default)
            .AddTypeResolver("Patient", (_, _) => null)
            .BindEnumValue("Status", "CLOSED", 3);

        Errors(builder).ShouldBe(
        [
            "Cannot bind a resolver to Patient.age: Patient has no field \"age\".",
            "Cannot bind a resolver to Visit.id: type Visit is not defined.",
            "Cannot bind a resolver to Node.id: Node is an interface; only fields of object types have resolvers.",
            "Cannot bind a type resolver to Patient: it is an object type, not an interface or union.",
            "Cannot bind a runtime value to Status.CLOSED: Status has no value CLOSED.",
        ], ignoreOrder: true);
    }

    [Fact]
    public void AddScalar_CustomImplementation_IsUsedAndTakesTheDocumentsDescription()
    {
        var schema = SchemaBuilder.FromSdl("\"Money in minor units.\" scalar Money\ntype Query { price: Money }")
            .AddScalar(new UpperCaseScalar("Money"))
            .Build();

        var money = schema.FindType("Money").ShouldBeOfType<UpperCaseScalar>();
        money.Description.ShouldBe("Money in minor units.");
        money.Serialize("eur").ShouldBe("EUR");
    }

    [Fact]
    public void AddScalar_NotDeclaredInAnyDocument_JoinsTheSchemaAsIs()
    {
        var code = new UpperCaseScalar("Code");

        var schema = SchemaBuilder.FromSdl("type Query { code: Code }").AddScalar(code).Build();

        schema.FindType("Code").ShouldBeSameAs(code);
        schema.QueryType.FindField("code")!.Type.ShouldBeSameAs(code);
    }

    [Fact]
    public void AddScalar_BuiltInOrTwice_Throws()
    {
        Should.Throw<InvalidOperationException>(() => new SchemaBuilder().AddScalar(new UpperCaseScalar("String")))
            .Message.ShouldBe("Scalar String is built in; it cannot be replaced.");
        var builder = new SchemaBuilder().AddScalar(new UpperCaseScalar("Code"));
        Should.Throw<InvalidOperationException>(() => builder.AddScalar(new UpperCaseScalar("Code")));
    }

    [Fact]
    public void Build_DeclaredScalarWithoutImplementation_PassesValuesThrough()
    {
        var schema = Build("scalar JSON\ntype Query { data(filter: JSON): JSON }");

        var json = (ScalarType)schema.FindType("JSON")!;
        json.ParseLiteral(Literal("{ a: [1, \"x\"] }")).ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!["a"]
            .ShouldBeAssignableTo<IReadOnlyList<object?>>()!.ShouldBe([1L, "x"]);
        json.Serialize(42).ShouldBe(42);
    }

    [Fact]
    public void BindEnumValue_RuntimeValue_IsWhatCoercionProducesAndSerializes()
    {
        var schema = SchemaBuilder.FromSdl("enum Status { ACTIVE CLOSED }\ntype Query { status: Status }")
            .BindEnumValue("Status", "ACTIVE", DayOfWeek.Monday)
            .Build();

        var status = (EnumType)schema.FindType("Status")!;
        status.ParseLiteral(new EnumValueNode("ACTIVE")).ShouldBe(DayOfWeek.Monday);
        status.ParseLiteral(new EnumValueNode("CLOSED")).ShouldBe("CLOSED");
        status.Serialize(DayOfWeek.Monday).ShouldBe("ACTIVE");
    }


    private sealed class UpperCaseScalar(string name) : ScalarType(name, "Upper-case text.")
    {
        public override object Serialize(object value) => ((string)value).ToUpperInvariant();

        public override object ParseValue(object value) => Serialize(value);

        public override object ParseLiteral(ValueNode literal) => Serialize(((StringValueNode)literal).Value);
    }
}
