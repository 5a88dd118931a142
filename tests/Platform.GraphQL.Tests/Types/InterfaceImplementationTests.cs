using static Platform.GraphQL.Tests.Types.TestSchemas;

namespace Platform.GraphQL.Tests.Types;

public class InterfaceImplementationTests
{
    private const string Query = "type Query { node: Node }\n";

    public static TheoryData<string, string> InvalidImplementations => new()
    {
        { "interface Node { id: ID! } type Patient implements Node { name: String }", "Interface field Node.id expected but Patient does not provide it." },
        { "interface Node { id: ID! } type Patient implements Node { id: String }", "Interface field Node.id expects type ID! but Patient.id is type String." },
        { "interface Node { id: ID! } type Patient implements Node { id: ID }", "Interface field Node.id expects type ID! but Patient.id is type ID." },
        { "interface Node { ids: [ID!] } type Patient implements Node { ids: [ID] }", "Interface field Node.ids expects type [ID!] but Patient.ids is type [ID]." },
        { "interface Node { ids: [ID] } type Patient implements Node { ids: ID }", "Interface field Node.ids expects type [ID] but Patient.ids is type ID." },
        { "interface Node { id(v: Int): ID } type Patient implements Node { id: ID }", "Interface field argument Node.id(v:) expected but Patient.id does not provide it." },
        { "interface Node { id(v: Int): ID } type Patient implements Node { id(v: Int!): ID }", "Interface field argument Node.id(v:) expects type Int but Patient.id(v:) is type Int!." },
        { "interface Node { id(v: Int!): ID } type Patient implements Node { id(v: Int): ID }", "Interface field argument Node.id(v:) expects type Int! but Patient.id(v:) is type Int." },
        { "interface Node { id: ID } type Patient implements Node { id(extra: Int!): ID }", "Object field Patient.id includes required argument extra that is missing from the Interface field Node.id." },
        { "interface Node { id: ID } interface Entity implements Node { id(extra: Int!): ID }", "Interface field Entity.id includes required argument extra that is missing from the Interface field Node.id." },
        { "interface Base { id: ID } interface Node implements Base { id: ID } type Patient implements Node { id: ID }", "Type Patient must implement Base because it is implemented by Node." },
        { "interface Node implements Entity { id: ID } interface Entity implements Node { id: ID }", "Type Node cannot implement Entity because it would create a circular reference." },
        { "interface Node { pet: Animal } interface Animal { n: Int } type Stone { n: Int } type Patient implements Node { pet: Stone }", "Interface field Node.pet expects type Animal but Patient.pet is type Stone." },
    };

    public static TheoryData<string> ValidImplementations =>
    [
        "interface Node { id: ID } type Patient implements Node { id: ID! }",
        "interface Node { ids: [ID] } type Patient implements Node { ids: [ID!]! }",
        "interface Node { id(v: Int): ID } type Patient implements Node { id(v: Int, extra: Int, more: Int! = 1): ID }",
        "interface Node { pet: Animal } interface Animal { n: Int } type Cat implements Animal { n: Int } type Patient implements Node { pet: Cat }",
        "interface Node { pet: Pet } union Pet = Cat type Cat { n: Int } type Patient implements Node { pet: Cat! }",
        "interface Node { pet: Animal } interface Animal { n: Int } interface Mammal implements Animal { n: Int } type Patient implements Node { pet: Mammal }",
        "interface Base { id: ID } interface Node implements Base { id: ID } type Patient implements Node & Base { id: ID }",
    ];

    [Theory]
    [MemberData(nameof(InvalidImplementations))]
    public void Build_InvalidImplementation_ReportsTheInterfaceAndTheImplementation(string sdl, string message)
    {
        Errors(Query + sdl).ShouldContain(message);
    }

    [Theory]
    [MemberData(nameof(ValidImplementations))]
    public void Build_ValidImplementation_Succeeds(string sdl)
    {
        Errors(Query + sdl).ShouldBeEmpty();
    }

    [Fact]
    public void Build_InterfaceImplementedByAnExtension_IsCheckedAgainstTheMergedFields()
    {
        const string sdl = Query + """
            interface Node { id: ID! }
            type Patient { name: String }
            extend type Patient implements Node
            """;

        Errors(sdl).ShouldBe(["Interface field Node.id expected but Patient does not provide it."]);
        Errors(sdl + "\nextend type Patient { id: ID! }").ShouldBeEmpty();
    }
}
