using System.Security.Cryptography;
using System.Text;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Documents cached by content hash, and the plans the executor keeps for a cached document.</summary>
public class DocumentCacheTests
{
    [Fact]
    public void GetOrParse_SameText_SameDocumentAndItsSha256()
    {
        var cache = new DocumentCache();
        const string Text = "{ a }";

        var first = cache.GetOrParse(Text);

        cache.GetOrParse(Text).ShouldBeSameAs(first);
        first.Hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))));
        cache.TryGet(first.Hash, out var byHash).ShouldBeTrue();
        byHash.ShouldBeSameAs(first);
        cache.TryGet(new string('0', 64), out _).ShouldBeFalse();
        cache.TryGet("not a hash", out _).ShouldBeFalse();
    }

    [Fact]
    public void GetOrParse_SyntaxError_ThrowsAndCachesNothing()
    {
        var cache = new DocumentCache();

        Should.Throw<GraphQLSyntaxException>(() => cache.GetOrParse("{ a "));
        cache.Count.ShouldBe(0);
    }

    [Fact]
    public void GetOrParse_PastCapacity_DropsDocumentsNotUsedSinceTheLastSweep()
    {
        var cache = new DocumentCache(capacity: 4);
        var kept = cache.GetOrParse("{ kept }");

        for (var i = 0; i < 20; i++)
        {
            cache.GetOrParse($"{{ f{i} }}");
            cache.GetOrParse("{ kept }").ShouldBeSameAs(kept);
        }

        cache.Count.ShouldBeLessThanOrEqualTo(4);
        cache.TryGet(kept.Hash, out _).ShouldBeTrue();
    }

    [Fact]
    public void SetValidation_IsRememberedPerSchema()
    {
        var cached = new DocumentCache().GetOrParse("{ a }");
        var schema = Schema("type Query { a: Int }");

        cached.TryGetValidation(schema, out _).ShouldBeFalse();
        cached.SetValidation(schema, []);

        cached.TryGetValidation(schema, out var errors).ShouldBeTrue();
        errors.ShouldBeEmpty();
        cached.TryGetValidation(Schema("type Query { a: Int }"), out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Execute_CachedDocumentAgainstTwoSchemas_EachGetsItsOwnPlan()
    {
        var document = new DocumentCache().GetOrParse("{ a }").Document;
        var ints = Schema("type Query { a: Int }");
        var strings = Schema("type Query { a: String }");
        var root = Json("""{"a": 1}""");

        var first = await Executor.Default.ExecuteAsync(new ExecutionRequest { Schema = ints, Document = document, RootValue = root });
        var second = await Executor.Default.ExecuteAsync(new ExecutionRequest { Schema = strings, Document = document, RootValue = root });

        first.ToJson().ShouldBe(Q("{'data':{'a':1}}"));
        second.ToJson().ShouldBe(Q("{'data':{'a':'1'}}"));
    }
}
