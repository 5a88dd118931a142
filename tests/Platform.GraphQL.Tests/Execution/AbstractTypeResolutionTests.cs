using Platform.GraphQL.Execution;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>ResolveAbstractType (specification 6.4.3): type resolvers, carried type names, CLR types.</summary>
public class AbstractTypeResolutionTests
{
    private const string Sdl = """
        interface Node { id: ID! }
        type Patient implements Node { id: ID! name: String }
        type Doctor implements Node { id: ID! specialty: String }
        union Party = Patient | Doctor
        type Query { node: Node party: Party parties: [Party] }
        """;

    private const string Query = "{ node { __typename id } party { ... on Patient { name } ... on Doctor { specialty } } }";

    [Fact]
    public async Task Resolve_BoundTypeResolver_IsAskedFirst()
    {
        var schema = Schema(Sdl, builder => builder
            .AddTypeResolver("Node", (value, _) => ((IReadOnlyDictionary<string, object?>)value)["kind"] as string)
            .AddTypeResolver("Party", (_, context) => context.Field.Name == "party" ? "Doctor" : null));
        var root = new Dictionary<string, object?>
        {
            ["node"] = new Dictionary<string, object?> { ["kind"] = "Doctor", ["id"] = "d1" },
            ["party"] = new Dictionary<string, object?> { ["specialty"] = "Ortho" },
        };

        var json = await JsonOfAsync(schema, Query, root);

        json.ShouldBe(Q("{'data':{'node':{'__typename':'Doctor','id':'d1'},'party':{'specialty':'Ortho'}}}"));
    }

    [Fact]
    public async Task Resolve_ValuesCarryingATypeName_UseIt()
    {
        var root = Json("""{"node": {"__typename": "Patient", "id": "p1"}, "party": {"__typename": "Patient", "name": "Ada"}}""");

        var json = await JsonOfAsync(Schema(Sdl), Query, root);

        json.ShouldBe(Q("{'data':{'node':{'__typename':'Patient','id':'p1'},'party':{'name':'Ada'}}}"));
    }

    [Fact]
    public async Task Resolve_ClrTypes_ByNameOrByConfiguredMapping()
    {
        var executor = new Executor(new ExecutorOptions { ObjectTypesByClrType = new Dictionary<Type, string> { [typeof(Physician)] = "Doctor" } });
        var root = new { Node = new Patient("p1", "Ada"), Party = new Physician("d1", "Neuro"), Parties = new object[] { new Patient("p2", "Alan"), new Physician("d2", "Ortho") } };

        var json = await JsonOfAsync(Schema(Sdl), "{ node { __typename id } party { ... on Patient { name } ... on Doctor { specialty } } parties { __typename } }", root, executor: executor);

        json.ShouldBe(Q("{'data':{'node':{'__typename':'Patient','id':'p1'},'party':{'specialty':'Neuro'},'parties':[{'__typename':'Patient'},{'__typename':'Doctor'}]}}"));
    }

    [Theory]
    [InlineData("""{"node": {"id": "x"}}""", "Abstract type \"Node\" must resolve to an Object type at runtime for field \"Query.node\".")]
    [InlineData("""{"node": {"__typename": "Ghost", "id": "x"}}""", "Abstract type \"Node\" was resolved to a type \"Ghost\" that does not exist inside the schema.")]
    [InlineData("""{"node": {"__typename": "Query", "id": "x"}}""", "Runtime Object type \"Query\" is not a possible type for \"Node\".")]
    [InlineData("""{"node": {"__typename": "Party", "id": "x"}}""", "Abstract type \"Node\" was resolved to a non-object type \"Party\".")]
    public async Task Resolve_NoUsableType_IsAFieldError(string root, string messageStart)
    {
        var result = await ExecuteAsync(Schema(Sdl), "{ node { id } }", Json(root));

        result.Data!["node"].ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith(messageStart);
        error.Path.ShouldBe(["node"]);
    }

    private sealed record Patient(string Id, string Name);

    private sealed record Physician(string Id, string Specialty);
}
