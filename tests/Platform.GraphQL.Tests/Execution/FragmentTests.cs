using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Fragments in CollectFields (specification 6.3.2): spreads, inline fragments, type conditions and merging.</summary>
public class FragmentTests
{
    private static readonly Platform.GraphQL.Types.Schema _schema = Schema("""
        interface Named { name: String }
        type Person implements Named { name: String age: Int friend: Person }
        type Query { me: Person any: Named }
        """);

    private static readonly object _root = Json("""
        {"me": {"name": "Ada", "age": 36, "friend": {"name": "Alan", "age": 41}},
         "any": {"__typename": "Person", "name": "Grace", "age": 85}}
        """);

    [Theory]
    [InlineData("{ me { ...P } } fragment P on Person { name age }", "{'me':{'name':'Ada','age':36}}")]
    [InlineData("{ me { ...N friend { ...N } } } fragment N on Named { name }", "{'me':{'name':'Ada','friend':{'name':'Alan'}}}")]
    [InlineData("{ me { ... { age } ... on Person { name } } }", "{'me':{'age':36,'name':'Ada'}}")]
    [InlineData("{ me { friend { name } ...F } } fragment F on Person { friend { age } }", "{'me':{'friend':{'name':'Alan','age':41}}}")]
    [InlineData("{ me { ...F ...F name } } fragment F on Person { age }", "{'me':{'age':36,'name':'Ada'}}")]
    [InlineData("{ any { ... on Person { age } ... on Named { name } } }", "{'any':{'age':85,'name':'Grace'}}")]
    [InlineData("{ me { name ...Missing } }", "{'me':{'name':'Ada'}}")]
    [InlineData("{ me { name ... on Query { me { age } } } }", "{'me':{'name':'Ada'}}")]
    public async Task Collect_Fragments_MergeInDocumentOrder(string query, string expectedData)
    {
        var json = await JsonOfAsync(_schema, query, _root);

        json.ShouldBe(Q($"{{'data':{expectedData}}}"));
    }

    [Fact]
    public async Task Execute_FragmentSpreadingItself_IsARequestErrorNotAHang()
    {
        var result = await ExecuteAsync(_schema, "{ me { ...A } } fragment A on Person { friend { ...B } } fragment B on Person { ...A }", _root);

        result.HasData.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("Cannot spread fragment \"A\" within itself.");
    }

    [Fact]
    public async Task Execute_UnknownField_IsLeftOutLikeGraphQLJs()
    {
        var json = await JsonOfAsync(_schema, "{ me { name shoeSize } nothing }", _root);

        json.ShouldBe(Q("{'data':{'me':{'name':'Ada'}}}"));
    }
}
