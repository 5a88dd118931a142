using System.Collections;
using Platform.GraphQL.Execution;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Fields bound to no resolver read the parent: properties, public fields, dictionary entries, JSON properties.</summary>
public class DefaultFieldResolverTests
{
    private static readonly Platform.GraphQL.Types.Schema _schema = Schema("""
        type Thing { name: String count: Int tags: [String] nested: Thing }
        type Query { thing: Thing }
        """);

    [Fact]
    public async Task Resolve_Properties_AreMatchedIgnoringCase()
    {
        var json = await JsonOfAsync(_schema, "{ thing { name count tags nested { name } } }", new { Thing = new Thing("a", 2, ["x"], new Thing("b", 0, [], null)) });

        json.ShouldBe(Q("{'data':{'thing':{'name':'a','count':2,'tags':['x'],'nested':{'name':'b'}}}}"));
    }

    [Fact]
    public async Task Resolve_ExactCase_WinsOverAnotherCase()
    {
        var json = await JsonOfAsync(_schema, "{ thing { name count } }", new { Thing = new TwoNames() });

        json.ShouldBe(Q("{'data':{'thing':{'name':'lower','count':7}}}"));
    }

    [Fact]
    public async Task Resolve_Dictionaries_ReadTheirEntries()
    {
        var root = new Dictionary<string, object?>
        {
            ["thing"] = new Hashtable { ["name"] = "legacy", ["nested"] = new Dictionary<string, object> { ["count"] = 3 } },
        };

        var json = await JsonOfAsync(_schema, "{ thing { name count nested { count name } } }", root);

        json.ShouldBe(Q("{'data':{'thing':{'name':'legacy','count':null,'nested':{'count':3,'name':null}}}}"));
    }

    [Fact]
    public void PropertyAccessor_SameTypeAndName_IsCompiledOnce()
    {
        var first = PropertyAccessor.For(typeof(Thing), "name");

        PropertyAccessor.For(typeof(Thing), "name").ShouldBeSameAs(first);
        first.Get(new Thing("z", 1, [], null)).ShouldBe("z");
        PropertyAccessor.For(typeof(Thing), "missing").Get(new Thing("z", 1, [], null)).ShouldBeNull();
    }

    private sealed record Thing(string Name, int Count, string[] Tags, Thing? Nested);

    private sealed class TwoNames
    {
        private readonly string _upper = "upper";
        private readonly string _lower = "lower";

        public string Name => _upper;

#pragma warning disable IDE1006 // The lower-case member is the point: it must win for the field "name".
        public string name => _lower;
#pragma warning restore IDE1006

#pragma warning disable CA1051 // A public field on purpose: the default resolver reads fields too.
        public int COUNT = 7;
#pragma warning restore CA1051
    }
}
