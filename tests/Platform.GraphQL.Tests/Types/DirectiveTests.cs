using System.Collections.Immutable;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

public class DirectiveTests
{
    private const string Query = "type Query { a: Int }\n";

    public static TheoryData<string, string> InvalidDirectives => new()
    {
        // Definitions
        { "directive @d(a: Query) on FIELD", "The type of @d(a:) must be Input Type but got: Query." },
        { "directive @__d on FIELD", "Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "directive @d on FIELD directive @d on OBJECT", "There can be only one directive named \"@d\"." },
        { "directive @d(a: Int! @deprecated) on FIELD", "Required argument @d(a:) cannot be deprecated." },
        { "directive @d(a: Int = \"x\") on FIELD", "@d(a:) has invalid default value: Expected value of type \"Int\", found \"x\"; Int cannot represent non-integer value: \"x\"" },
        { "directive @skip(if: Boolean!) on FIELD", "Directive \"@skip\" already exists in the schema. It cannot be redefined (built in: on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT)." },
        { "directive @d(a: Int @d) on ARGUMENT_DEFINITION", "Directive @d cannot reference itself: it is applied to @d(a:), which its own arguments use." },
        { "directive @d(a: In) on INPUT_FIELD_DEFINITION input In { b: Int @d }", "Directive @d cannot reference itself: it is applied to In.b, which its own arguments use." },

        // Applied in the schema
        { "type Patient @audited { a: Int }", "Unknown directive \"@audited\" on Patient." },
        { "type Patient { a: Int @specifiedBy(url: \"x\") }", "Directive \"@specifiedBy\" may not be used on FIELD_DEFINITION (Patient.a)." },
        { "type Patient { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at Patient.a." },
        { "type Patient { a: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\" (Patient.a)." },
        { "scalar Money @specifiedBy", "Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided (Money)." },
        { "type Patient { a: Int @deprecated(reason: 5) }", "Invalid value for @deprecated(reason:) on Patient.a: Expected value of type \"String!\", found 5; String cannot represent a non string value: 5" },
        { "type Patient { a: Int @deprecated(reason: null) }", "Invalid value for @deprecated(reason:) on Patient.a: Expected value of type \"String!\", found null." },
        { "enum E { A @skip(if: true) }", "Directive \"@skip\" may not be used on ENUM_VALUE (E.A)." },
        { "type Patient @oneOf { a: Int }", "Directive \"@oneOf\" may not be used on OBJECT (Patient)." },
        { "directive @tag(name: String!) on OBJECT type Patient @tag(name: \"a\") @tag(name: \"b\") { a: Int }", "The directive \"@tag\" can only be used once at Patient." },
        { "schema @tag { query: Query } directive @tag on OBJECT", "Directive \"@tag\" may not be used on SCHEMA (the schema)." },
    };

    [Theory]
    [MemberData(nameof(InvalidDirectives))]
    public void Build_InvalidDirective_ReportsWhereAndWhy(string sdl, string message)
    {
        Errors(Query + sdl).ShouldBe([message]);
    }

    [Fact]
    public void Build_EveryBuiltInDirective_IsDefinedFirst()
    {
        var schema = Build(Query + "directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION");

        schema.Directives.Select(directive => directive.Name).ShouldBe(["include", "skip", "deprecated", "specifiedBy", "oneOf", "tag"]);
        var deprecated = schema.FindDirective("deprecated")!;
        deprecated.IsBuiltIn.ShouldBeTrue();
        deprecated.Locations.ShouldBe([DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue]);
        deprecated.FindArgument("reason")!.Type.ToString().ShouldBe("String!");
        deprecated.FindArgument("reason")!.DefaultValue.ShouldBeOfType<StringValueNode>().Value.ShouldBe("No longer supported");
        schema.FindDirective("skip")!.IsAllowedAt(DirectiveLocation.InlineFragment).ShouldBeTrue();
        schema.FindDirective("skip")!.IsAllowedAt(DirectiveLocation.Query).ShouldBeFalse();
    }

    [Fact]
    public void Build_CustomRepeatableDirective_AppliesSeveralTimesAndIsKeptOnTheElement()
    {
        var schema = Build(Query + """
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            type Patient @tag(name: "clinical") @tag(name: "pii") { a: Int @tag(name: "x") }
            """);

        var tag = schema.FindDirective("tag")!;
        tag.IsRepeatable.ShouldBeTrue();
        tag.IsBuiltIn.ShouldBeFalse();
        var patient = (ObjectType)schema.FindType("Patient")!;
        patient.AppliedDirectives.Select(directive => Printer.Print(directive)).ShouldBe(["@tag(name: \"clinical\")", "@tag(name: \"pii\")"]);
        patient.FindField("a")!.AppliedDirectives.Single().Name.Value.ShouldBe("tag");
    }

    [Fact]
    public void Build_DeprecatedOnFieldsArgumentsAndInputFields_SetsTheReason()
    {
        var schema = Build("""
            type Query {
              a(old: Int @deprecated(reason: "Use b."), b: Int): Int @deprecated
              c(p: In): Int
            }
            input In { x: Int @deprecated(reason: "Gone.") }
            """);

        var a = schema.QueryType.FindField("a")!;
        a.IsDeprecated.ShouldBeTrue();
        a.DeprecationReason.ShouldBe("No longer supported");
        a.FindArgument("old")!.DeprecationReason.ShouldBe("Use b.");
        a.FindArgument("b")!.IsDeprecated.ShouldBeFalse();
        ((InputObjectType)schema.FindType("In")!).Fields[0].DeprecationReason.ShouldBe("Gone.");
    }

    [Fact]
    public void Build_SpecifiedByAndOneOf_SetTheirProperties()
    {
        var schema = Build(Query + """
            scalar Money @specifiedBy(url: "https://example.org/money")
            input PatientKey @oneOf { id: ID mrn: String }
            input Plain { id: ID }
            extend type Query { p(k: PatientKey, m: Money, q: Plain): Int }
            """);

        ((ScalarType)schema.FindType("Money")!).SpecifiedByUrl.ShouldBe("https://example.org/money");
        ((InputObjectType)schema.FindType("PatientKey")!).IsOneOf.ShouldBeTrue();
        ((InputObjectType)schema.FindType("Plain")!).IsOneOf.ShouldBeFalse();
    }

    [Fact]
    public void Build_DirectiveDefinitionWithoutLocations_IsReported()
    {
        var builder = SchemaBuilder.FromSdl(Query).AddDirectives(new DirectiveDefinitionNode(new NameNode("bare"), ImmutableArray<NameNode>.Empty));

        Errors(builder).ShouldBe(["Directive @bare must include 1 or more locations."]);
    }

    [Fact]
    public void Build_DirectiveDefinitionWithUnknownLocation_IsReported()
    {
        var builder = SchemaBuilder.FromSdl(Query).AddDirectives(new DirectiveDefinitionNode(new NameNode("d"), [new NameNode("EVERYWHERE")]));

        Errors(builder).ShouldBe(["Directive @d has an unknown location \"EVERYWHERE\"."]);
    }

    [Fact]
    public void ToGraphQLName_EveryLocation_ParsesBack()
    {
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            DirectiveLocationNames.TryParse(location.ToGraphQLName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(location);
        }

        DirectiveLocation.InputFieldDefinition.ToGraphQLName().ShouldBe("INPUT_FIELD_DEFINITION");
    }
}
