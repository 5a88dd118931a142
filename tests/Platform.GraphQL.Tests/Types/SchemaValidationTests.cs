using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

/// <summary>One case per type validation rule: a schema that breaks it, and the message naming the culprit.</summary>
public class SchemaValidationTests
{
    public static TheoryData<string, string> InvalidSchemas => new()
    {
        // Names
        { "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type __Patient { a: Int } type Query { p: __Patient }", "Name \"__Patient\" must not begin with \"__\", which is reserved by GraphQL introspection." },
        { "type Query { a(__p: Int): Int }", "Name \"__p\" must not begin with \"__\", which is reserved by GraphQL introspection." },

        // Objects and their fields
        { "type Query { a: Empty } type Empty", "Type Empty must define one or more fields." },
        { "input In { a: Int } type Query { a: In }", "The type of Query.a must be Output Type but got: In." },
        { "type Query { a(p: Query): Int }", "The type of Query.a(p:) must be Input Type but got: Query." },
        { "type Query { a(p: Int! @deprecated): Int }", "Required argument Query.a(p:) cannot be deprecated." },
        { "type Query { a: Int a: String }", "Field \"Query.a\" can only be defined once." },
        { "type Query { a: Int } extend type Query { a: Int }", "Field \"Query.a\" can only be defined once." },
        { "type Query { a(p: Int, p: Int): Int }", "Argument \"Query.a(p:)\" can only be defined once." },
        { "type Query { a(p: Int = \"ten\"): Int }", "Query.a(p:) has invalid default value: Expected value of type \"Int\", found \"ten\"; Int cannot represent non-integer value: \"ten\"" },

        // Types by name
        { "type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\"." },
        { "type Query { journeys: [Jorney!]! }", "Unknown type \"Jorney\" in Query.journeys." },
        { "type Query { a: Int } type String { b: Int }", "Type \"String\" already exists in the schema. It cannot also be defined in this type definition." },
        { "type Query { a: Int } extend type Patient { b: Int }", "Cannot extend type \"Patient\" because it is not defined." },
        { "type Query { a: Int } extend input Query { b: Int }", "Cannot extend non-input object type \"Query\"." },
        { "type Query { a: Int } extend type __Schema { b: Int }", "Cannot extend introspection type \"__Schema\"." },

        // Interfaces declared
        { "type A { a: Int } type Query implements A { a: Int }", "Type Query must only implement Interface types, it cannot implement A." },
        { "interface I { a: Int } type Query implements I & I { a: Int }", "Type Query can only implement I once." },
        { "type Query { a: I } interface I implements I { a: Int }", "Type I cannot implement itself because it would create a circular reference." },

        // Unions
        { "type Query { u: U } union U", "Union type U must define one or more member types." },
        { "type Query { u: U } union U = Int", "Union type U can only include Object types, it cannot include Int." },
        { "type Query { u: U } union U = Query | Query", "Union type U can only include type Query once." },

        // Enums
        { "type Query { e: E } enum E", "Enum type E must define one or more values." },
        { "type Query { e: E } enum E { A A }", "Enum value \"E.A\" can only be defined once." },
        { "type Query { e: E } enum E { __A }", "Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection." },

        // Input objects
        { "type Query { a(p: In): Int } input In", "Input Object type In must define one or more fields." },
        { "type Query { a(p: In): Int } input In { q: Query }", "The type of In.q must be Input Type but got: Query." },
        { "type Query { a(p: In): Int } input In { q: Int! @deprecated }", "Required input field In.q cannot be deprecated." },
        { "type Query { a(p: In): Int } input In @oneOf { q: Int! r: Int }", "OneOf input field In.q must be nullable." },
        { "type Query { a(p: In): Int } input In @oneOf { q: Int = 1 r: Int }", "OneOf input field In.q cannot have a default value." },
        { "type Query { a(p: In): Int } input In { self: In! }", "Cannot reference Input Object \"In\" within itself through a series of non-null fields: \"self\"." },
        { "type Query { a(p: A): Int } input A { b: B! } input B { c: C! } input C { a: A! }", "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\"." },
        { "type Query { a(p: In = { q: 1 }): Int } input In { q: Int r: String! }", "Query.a(p:) has invalid default value: Field \"In.r\" of required type \"String!\" was not provided." },
        { "type Query { a(p: In = { s: 1 }): Int } input In { q: Int }", "Query.a(p:) has invalid default value: Field \"s\" is not defined by type \"In\"." },
        { "type Query { a(p: K = { a: 1, b: 2 }): Int } input K @oneOf { a: Int b: Int }", "Query.a(p:) has invalid default value: OneOf Input Object \"K\" must specify exactly one key." },
        { "type Query { a(p: K = { a: null }): Int } input K @oneOf { a: Int b: Int }", "Query.a(p:) has invalid default value: Field \"K.a\" must be non-null." },
        { "type Query { a(p: [Int!] = [1, null]): Int }", "Query.a(p:) has invalid default value: Expected value of type \"Int!\", found null." },

        // Root types
        { "type Patient { a: Int }", "Query root type must be provided." },
        { "input Query { a: Int }", "Query root type must be Object type, it cannot be Query." },
        { "type Query { a: Int } input Mutation { a: Int }", "Mutation root type must be Object type if provided, it cannot be Mutation." },
        { "schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query and mutation root types." },
        { "schema { query: Q } schema { query: Q } type Q { a: Int }", "Must provide only one schema definition." },
        { "schema { query: Q query: Q } type Q { a: Int }", "There can be only one query type in schema." },
        { "schema { query: Q } extend schema { query: Q } type Q { a: Int }", "There can be only one query type in schema." },
    };

    public static TheoryData<string> ValidSchemas =>
    [
        "type Query { a(p: Int! = 1 @deprecated): Int }",
        "type Query { a(p: In): Int } input In { q: Int @deprecated self: In }",
        "type Query { a(p: In): Int } input In { self: [In!]! }",
        "type Query { a(p: In): Int } input In @oneOf { q: Int r: String }",
        "type Query { a(p: In = { r: \"x\" }): Int } input In { q: Int = 1 r: String! }",
        "type Query { a(p: [Int] = 1, e: E = B): Int } enum E { A B }",
        "schema { query: Q mutation: M } type Q { a: Int } type M { a: Int }",
        "scalar String\ntype Query { a: String }",
        "directive @oneOf on INPUT_OBJECT\ntype Query { a(p: In): Int } input In @oneOf { q: Int }",
    ];

    [Theory]
    [MemberData(nameof(InvalidSchemas))]
    public void Build_SchemaBreakingARule_ReportsItByName(string sdl, string message)
    {
        Errors(sdl).ShouldBe([message]);
    }

    [Theory]
    [MemberData(nameof(ValidSchemas))]
    public void Build_SchemaFollowingTheRules_Succeeds(string sdl)
    {
        Errors(sdl).ShouldBeEmpty();
    }

    [Fact]
    public void Build_SeveralProblems_ReportsThemAllWithCoordinates()
    {
        var exception = Should.Throw<Platform.GraphQL.Types.SchemaValidationException>(() => Build("""
            type Query { a: Missing b(p: Query): Int }
            enum E
            input In { self: In! }
            """));

        exception.Errors.Select(error => error.Coordinate).ShouldBe(["Query.a", "Query.b(p:)", "E", "In"], ignoreOrder: true);
        exception.Message.ShouldStartWith("The schema is invalid (4 problems):\n- ");
    }

    [Fact]
    public void Build_UnknownTypeInAnInterfaceField_IsReportedOnceWithoutFollowOnErrors()
    {
        Errors("""
            interface Node { id: Identifier! }
            type Query implements Node { id: Identifier! }
            """).ShouldBe(["Unknown type \"Identifier\" in Node.id.", "Unknown type \"Identifier\" in Query.id."]);
    }
}
