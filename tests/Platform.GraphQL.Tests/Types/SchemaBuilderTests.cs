using System.Collections.Immutable;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

public class SchemaBuilderTests
{
    private const string PatientsSdl = """
        "A person in our care."
        type Patient {
          id: ID!
          name: String!
          born: Date
        }

        type Query {
          patient(id: ID!): Patient
        }
        """;

    [Fact]
    public void FromSdl_Definitions_BuildTypesWithFieldsArgumentsAndRoots()
    {
        var schema = Build(PatientsSdl);

        schema.QueryType.Name.ShouldBe("Query");
        schema.MutationType.ShouldBeNull();
        var patient = schema.FindType("Patient").ShouldBeOfType<ObjectType>();
        patient.Description.ShouldBe("A person in our care.");
        patient.Fields.Select(field => field.Name).ShouldBe(["id", "name", "born"]);
        patient.FindField("id")!.Type.ToString().ShouldBe("ID!");
        patient.FindField("id")!.DeclaringType.ShouldBeSameAs(patient);
        var argument = schema.QueryType.FindField("patient")!.FindArgument("id").ShouldNotBeNull();
        argument.Coordinate.ShouldBe("Query.patient(id:)");
        argument.IsRequired.ShouldBeTrue();
    }

    [Fact]
    public void Build_ReferencedScalars_AreTheSharedBuiltInInstances()
    {
        var schema = Build(PatientsSdl);

        schema.FindType("ID").ShouldBeSameAs(BuiltInScalars.ID);
        schema.FindType("Date").ShouldBeSameAs(BuiltInScalars.Date);
        schema.FindType("String").ShouldBeSameAs(BuiltInScalars.String);
        schema.FindType("Boolean").ShouldBeSameAs(BuiltInScalars.Boolean);
        schema.FindType("Float").ShouldBeNull();
        schema.FindType("DateTime").ShouldBeNull();
    }

    [Fact]
    public void AddSdl_ExtensionInAnotherDocumentBeforeTheDefinition_AddsFieldsInterfacesAndDirectives()
    {
        var schema = new SchemaBuilder()
            .AddSdl("extend type Patient implements Node @tagged { journeys: [Journey!]! }", "journeys.graphql")
            .AddSdl("directive @tagged on OBJECT\ninterface Node { id: ID! }\ntype Journey { id: ID! }", "shared.graphql")
            .AddSdl(PatientsSdl, "patients.graphql")
            .Build();

        var patient = (ObjectType)schema.FindType("Patient")!;
        patient.Fields.Select(field => field.Name).ShouldBe(["id", "name", "born", "journeys"]);
        patient.FindField("journeys")!.Type.ToString().ShouldBe("[Journey!]!");
        patient.Interfaces.Single().Name.ShouldBe("Node");
        patient.AppliedDirectives.Single().Name.Value.ShouldBe("tagged");
    }

    [Fact]
    public void Build_ExtensionsOfEveryKind_AreMerged()
    {
        var schema = Build("""
            type Query { a: Int }
            extend type Query { b: Int }
            interface I { x: Int }
            extend interface I { y: Int }
            type A { z: Int }
            type B { z: Int }
            union U = A
            extend union U = B
            enum E { ONE }
            extend enum E { TWO }
            input In { p: Int }
            extend input In { q: Int }
            scalar Money
            extend scalar Money @specifiedBy(url: "https://example.org/money")
            """);

        schema.QueryType.Fields.Length.ShouldBe(2);
        ((InterfaceType)schema.FindType("I")!).Fields.Length.ShouldBe(2);
        ((UnionType)schema.FindType("U")!).Types.Select(type => type.Name).ShouldBe(["A", "B"]);
        ((EnumType)schema.FindType("E")!).Values.Select(value => value.Name).ShouldBe(["ONE", "TWO"]);
        ((InputObjectType)schema.FindType("In")!).Fields.Length.ShouldBe(2);
        ((ScalarType)schema.FindType("Money")!).SpecifiedByUrl.ShouldBe("https://example.org/money");
    }

    [Fact]
    public void Build_SchemaDefinitionAndExtension_SetRootTypesAndDescription()
    {
        var schema = Build("""
            "The coordinator API."
            schema { query: Root }
            extend schema { mutation: Commands }
            type Root { a: Int }
            type Commands { b: Int }
            type Mutation { ignored: Int }
            """);

        schema.Description.ShouldBe("The coordinator API.");
        schema.QueryType.Name.ShouldBe("Root");
        schema.MutationType!.Name.ShouldBe("Commands");
        schema.GetRootType(OperationType.Mutation).ShouldBeSameAs(schema.MutationType);
        schema.GetRootType(OperationType.Subscription).ShouldBeNull();
    }

    [Fact]
    public void AddTypes_NodesBuiltInCode_BuildLikeSdl()
    {
        var query = new ObjectTypeDefinitionNode(
            new NameNode("Query"),
            [new FieldDefinitionNode(new NameNode("count"), Parser.ParseType("Int!"), [new InputValueDefinitionNode(new NameNode("min"), Parser.ParseType("Int"), Literal("0"))])]);

        var schema = new SchemaBuilder().AddTypes(query).Build();

        var argument = schema.QueryType.FindField("count")!.FindArgument("min")!;
        argument.DefaultValue.ShouldBeOfType<IntValueNode>().Value.ShouldBe("0");
        argument.IsRequired.ShouldBeFalse();
    }

    [Fact]
    public void Build_SchemaDirectives_AreKeptFromDefinitionAndExtensions()
    {
        var schema = Build("directive @contact(team: String!) repeatable on SCHEMA\nschema @contact(team: \"care\") { query: Query }\nextend schema @contact(team: \"billing\")\ntype Query { a: Int }");

        schema.AppliedDirectives.Select(directive => Printer.Print(directive)).ShouldBe(["@contact(team: \"care\")", "@contact(team: \"billing\")"]);
    }

    [Fact]
    public void Build_TwiceFromOneBuilder_GivesIndependentSchemas()
    {
        var builder = SchemaBuilder.FromSdl(PatientsSdl);

        var first = builder.Build();
        var second = builder.Build();

        second.FindType("Patient").ShouldNotBeSameAs(first.FindType("Patient"));
        second.Types.Select(type => type.Name).ShouldBe(first.Types.Select(type => type.Name));
    }

    [Fact]
    public void Types_DefinedFirstInOrder_ThenReferencedScalars_ThenIntrospection()
    {
        var names = Build(PatientsSdl).Types.Select(type => type.Name).ToImmutableArray();

        names[..2].ShouldBe(["Patient", "Query"]);
        names.IndexOf("ID").ShouldBeLessThan(names.IndexOf("__Schema"));
        names[^1].ShouldBe("__DirectiveLocation");
    }

    [Fact]
    public void AddSdl_OperationInASchemaDocument_IsReported()
    {
        Errors("type Query { a: Int }\nquery Get { a }").ShouldBe(["A schema document cannot contain operations; found operation \"Get\"."]);
    }
}
