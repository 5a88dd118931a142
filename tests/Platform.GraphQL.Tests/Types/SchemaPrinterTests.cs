using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>
/// Expected texts were produced by graphql-js 16 <c>printSchema(buildSchema(sdl))</c> and match ours
/// exactly, except where <see cref="SchemaPrinter"/> documents a difference: default values print as
/// written (graphql-js fills in input fields' defaults), and platform scalars keep their description.
/// </summary>
public class SchemaPrinterTests
{
    public static TheoryData<string, string> Schemas => new()
    {
        { PrintedSchemas.Clinic, PrintedSchemas.ClinicPrinted },
        { PrintedSchemas.Descriptions, PrintedSchemas.DescriptionsPrinted },
        { PrintedSchemas.Conventional, PrintedSchemas.ConventionalPrinted },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Print_BuiltSchema_MatchesTheCanonicalText(string sdl, string expected)
    {
        SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build()).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Print_PrintedSchema_IsAFixedPointOfBuildThenPrint(string sdl, string expected)
    {
        _ = expected;
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl(sdl).Build());

        SchemaPrinter.Print(SchemaBuilder.FromSdl(printed).Build()).ShouldBe(printed);
    }

    [Fact]
    public void Print_ConventionalRootNames_OmitTheSchemaDefinition_UnlessDescribed()
    {
        SchemaPrinter.Print(SchemaBuilder.FromSdl("schema { query: Query } type Query { a: Int }").Build()).ShouldBe("type Query {\n  a: Int\n}");
        SchemaPrinter.Print(SchemaBuilder.FromSdl("\"API\" schema { query: Query } type Query { a: Int }").Build())
            .ShouldBe("\"\"\"API\"\"\"\nschema {\n  query: Query\n}\n\ntype Query {\n  a: Int\n}");
    }

    [Fact]
    public void Print_OmitsBuiltInScalarsDirectivesAndIntrospectionTypes_ButKeepsPlatformScalars()
    {
        var printed = SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a(d: Date): String @deprecated b: Boolean }").Build());

        printed.ShouldBe(""""
            type Query {
              a(d: Date): String @deprecated
              b: Boolean
            }

            """
            A calendar date with no time of day or time zone, as an ISO 8601 string such as `2025-06-01`.
            """
            scalar Date @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")
            """");
    }

    [Fact]
    public void PrintType_And_PrintDirective_PrintOneDefinition()
    {
        var schema = SchemaBuilder.FromSdl("directive @tag(name: String!) repeatable on OBJECT\ntype Query { a: Int }").Build();

        SchemaPrinter.PrintDirective(schema.FindDirective("tag")!).ShouldBe("directive @tag(name: String!) repeatable on OBJECT");
        SchemaPrinter.PrintType(schema.FindType("__TypeKind")!).ShouldStartWith("\"\"\"What kind of type a `__Type` describes.\"\"\"\nenum __TypeKind {\n");
    }
}
