using System.Text.Json.Nodes;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Relay;

public class RelaySchemaTests
{
    internal sealed record Ward(int Number, string Name)
    {
        public NodeId Id => new("Ward", Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    internal sealed class WardQueries
    {
        public static readonly Ward[] Wards = [.. Enumerable.Range(1, 9).Select(number => new Ward(number, "Ward " + (char)('A' + (number % 3))))];

        public static Task<Connection<Ward>> WardsAsync(int? first, string? after, int? last, string? before, CancellationToken cancellationToken) =>
            Wards.AsQueryable().ToConnectionAsync(PageRequest.From(first, after, last, before, new PagingOptions { MaxPageSize = 5 }), ward => ward.Name, ward => ward.Number, cancellationToken: cancellationToken);

        public static string WardName(NodeId id) => Wards.Single(ward => ward.Id == id).Name;
    }

    private static readonly Lazy<Schema> _schema = new(() =>
    {
        var builder = new CodeFirstSchema().AddQuery<WardQueries>().AddTo(new SchemaBuilder());
        new NodeTypes()
            .Add<Ward>((ids, _) => ValueTask.FromResult<IReadOnlyDictionary<string, Ward>>(
                WardQueries.Wards.Where(ward => ids.Contains(ward.Id.LocalId)).ToDictionary(ward => ward.Id.LocalId)))
            .AddTo(builder);
        return builder.Build();
    });

    [Fact]
    public void Print_ConnectionResolver_GeneratesConnectionEdgeAndPageInfoTypes()
    {
        var printed = SchemaPrinter.Print(_schema.Value);

        printed.ShouldContain("wards(first: Int, after: String, last: Int, before: String): WardConnection!");
        // A generic type argument carries no nullability to reflection, so nodes read as nullable (the Relay specification allows it).
        printed.ShouldContain("type WardConnection {\n  edges: [WardEdge!]!\n  nodes: [Ward]!\n  pageInfo: PageInfo!\n  totalCount: Int!\n}");
        printed.ShouldContain("type WardEdge {\n  node: Ward\n  cursor: String!\n}");
        printed.ShouldContain("type PageInfo {\n  hasNextPage: Boolean!\n  hasPreviousPage: Boolean!\n  startCursor: String\n  endCursor: String\n}");
        printed.ShouldContain("type Ward implements Node {\n  number: Int!\n  name: String!\n  id: ID!\n}");
        printed.ShouldContain("node(id: ID!): Node");
        printed.ShouldContain("nodes(ids: [ID!]!): [Node]!");
    }

    [Fact]
    public async Task Execute_ConnectionPages_FollowsCursorsAndCountsOnRequest()
    {
        var first = await RunAsync("{ wards(first: 4) { nodes { name } pageInfo { hasNextPage endCursor } totalCount } }");
        var endCursor = first["data"]!["wards"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await RunAsync($$"""{ wards(first: 5, after: "{{endCursor}}") { edges { node { name } } pageInfo { hasNextPage hasPreviousPage } } }""");

        first["data"]!["wards"]!["nodes"]!.AsArray().Select(node => node!["name"]!.GetValue<string>()).ShouldBe(["Ward A", "Ward A", "Ward A", "Ward B"]);
        first["data"]!["wards"]!["totalCount"]!.GetValue<int>().ShouldBe(9);
        second["data"]!["wards"]!["edges"]!.AsArray().Count.ShouldBe(5);
        second["data"]!["wards"]!["pageInfo"]!.ToJsonString().ShouldBe("""{"hasNextPage":false,"hasPreviousPage":true}""");
    }

    [Fact]
    public async Task Execute_PageTooLarge_FieldErrorNamesTheLimit()
    {
        var result = await RunAsync("{ wards(first: 6) { totalCount } }");

        result["errors"]![0]!["message"]!.GetValue<string>().ShouldBe("'first' must be at most 5; got 6. Page through larger lists with the cursors.");
    }

    [Fact]
    public async Task Execute_NodeAndNodes_FetchByGlobalIdAndResolveTheType()
    {
        var (two, seven) = (new NodeId("Ward", "2").ToString(), new NodeId("Ward", "7").ToString());
        var missing = new NodeId("Ward", "99").ToString();
        var unknownType = new NodeId("Invoice", "1").ToString();

        var result = await RunAsync($$"""
            { node(id: "{{two}}") { __typename id ... on Ward { name } }
              nodes(ids: ["{{seven}}", "{{missing}}", "{{unknownType}}", "{{two}}"]) { id }
              wardName(id: "{{seven}}") }
            """);

        result["errors"].ShouldBeNull();
        result["data"]!["node"]!.ToJsonString().ShouldBe($$"""{"__typename":"Ward","id":"{{two}}","name":"Ward C"}""");
        result["data"]!["nodes"]!.ToJsonString().ShouldBe($$"""[{"id":"{{seven}}"},null,null,{"id":"{{two}}"}]""");
        result["data"]!["wardName"]!.GetValue<string>().ShouldBe("Ward B");
    }

    [Fact]
    public async Task Execute_MalformedNodeId_FieldErrorSaysWhy()
    {
        var result = await RunAsync("""{ node(id: "NDI") { id } }""");

        result["data"]!["node"].ShouldBeNull();
        result["errors"]![0]!["message"]!.GetValue<string>().ShouldBe("'NDI' is not a valid node id: it does not start with a type name. Use an id exactly as the API returned it.");
    }

    private static async Task<JsonNode> RunAsync(string query)
    {
        var result = await Executor.Default.ExecuteAsync(new ExecutionRequest { Schema = _schema.Value, Document = Parser.Parse(query) });
        return JsonNode.Parse(result.ToJson())!;
    }
}
