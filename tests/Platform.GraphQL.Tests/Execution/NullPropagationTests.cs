using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Handling execution errors (specification 6.4.4): a null at a non-null position goes up to the nearest nullable one.</summary>
public class NullPropagationTests
{
    private static readonly Platform.GraphQL.Types.Schema _schema = Schema("""
        type Item { id: Int! name: String! note: String }
        type Box { item: Item! items: [Item!] loose: [Item] }
        type Query { box: Box sure: Box! other: Int }
        """);

    [Theory]
    [InlineData("{ box { item { id } } other }", """{"box": {"item": null}, "other": 1}""", "{'box':null,'other':1}", "box/item")]
    [InlineData("{ box { items { id name } } }", """{"box": {"items": [{"id": 1, "name": "a"}, {"id": 2, "name": null}]}}""", "{'box':{'items':null}}", "box/items/1/name")]
    [InlineData("{ box { loose { id name } } }", """{"box": {"loose": [{"id": 1, "name": "a"}, {"id": 2, "name": null}]}}""", "{'box':{'loose':[{'id':1,'name':'a'},null]}}", "box/loose/1/name")]
    [InlineData("{ box { item { note id } } }", """{"box": {"item": {"note": "n", "id": null}}}""", "{'box':null}", "box/item/id")]
    [InlineData("{ other sure { item { id } } }", """{"other": 1, "sure": {"item": {"id": null}}}""", "null", "sure/item/id")]
    public async Task Complete_NullAtNonNullPosition_NullsTheNearestNullableParent(string query, string root, string expectedData, string errorPath)
    {
        var result = await ExecuteAsync(_schema, query, Json(root));

        result.HasData.ShouldBeTrue();
        result.ToJson().ShouldEndWith(Q($"'data':{expectedData}}}"));
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("Cannot return null for non-nullable field ");
        string.Join('/', error.Path!).ShouldBe(errorPath);
    }

    [Fact]
    public async Task Complete_SiblingsAfterTheNulledPosition_RaiseNoFurtherErrors()
    {
        var result = await ExecuteAsync(_schema, "{ box { items { name id } } }", Json("""{"box": {"items": [{"name": null, "id": null}, {"name": null, "id": 2}]}}"""));

        result.Errors.Select(error => string.Join('/', error.Path!)).ShouldBe(["box/items/0/name"]);
        result.ToJson().ShouldEndWith(Q("'data':{'box':{'items':null}}}"));
    }

    [Fact]
    public async Task Complete_ErrorInANullableField_LeavesTheRestIntact()
    {
        var result = await ExecuteAsync(_schema, "{ box { loose { id note } } other }", Json("""{"box": {"loose": [{"id": 1, "note": 5}]}, "other": 2}"""));

        result.ToJson().ShouldEndWith(Q("'data':{'box':{'loose':[{'id':1,'note':'5'}]},'other':2}}"));
        result.Errors.ShouldBeEmpty();
    }
}
