using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// Our executor against graphql-js on tests/conformance/corpus/execute: one schema (SDL), one root
/// value (data.json, read by default resolvers, abstract types told by "__typename"), and
/// operations with their variables (NN-name.json beside NN-name.graphql). Data must be equal,
/// field order included; errors must have the same messages, paths and locations, in order.
/// </summary>
public sealed class ExecutionConformanceTests
{
    private static readonly string _folder = Path.Combine(GraphQLJs.ConformanceDirectory, "corpus", "execute");
    private static readonly string _sdl = File.ReadAllText(Path.Combine(_folder, "schema.graphqls"));
    private static readonly string _data = File.ReadAllText(Path.Combine(_folder, "data.json"));
    private static readonly Lazy<Schema> _schema = new(() => SchemaBuilder.FromSdl(_sdl).Build());

    private static readonly Lazy<Task<Dictionary<string, JsonNode>>> _reference = new(async () =>
    {
        var operations = new JsonArray();
        foreach (var (name, text) in GraphQLJs.Corpus("execute"))
        {
            var operation = new JsonObject { ["name"] = name, ["query"] = text };
            if (Sidecar(name) is { } sidecar)
            {
                operation["variables"] = sidecar["variables"]?.DeepClone();
                operation["operationName"] = sidecar["operationName"]?.DeepClone();
            }

            operations.Add(operation);
        }

        var answers = await GraphQLJs.AskAsync(new JsonObject
        {
            ["task"] = "execute",
            ["schema"] = _sdl,
            ["data"] = JsonNode.Parse(_data),
            ["operations"] = operations,
        });
        return answers.ToDictionary(answer => answer!.Text("name")!, answer => answer!);
    });

    public static TheoryData<string> Operations() => [.. GraphQLJs.Corpus("execute").Select(operation => operation.Name)];

    [Fact]
    public async Task Corpus_HasTwentyFiveValidOperations()
    {
        var reference = await _reference.Value;

        reference.Count.ShouldBeGreaterThanOrEqualTo(25);
        reference.Where(answer => answer.Value["validationErrors"]!.AsArray().Count > 0).Select(answer => answer.Key).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Execute_AgreesWithGraphQLJs(string name)
    {
        var expected = (await _reference.Value)[name];
        var sidecar = Sidecar(name);
        var result = await Executor.Default.ExecuteAsync(new ExecutionRequest
        {
            Schema = _schema.Value,
            Document = Parser.Parse(GraphQLJs.Corpus("execute").Single(operation => operation.Name == name).Text),
            OperationName = sidecar?["operationName"]?.GetValue<string>(),
            VariablesJson = sidecar?["variables"] is { } variables ? JsonSerializer.SerializeToElement(variables) : default,
            RootValue = JsonDocument.Parse(_data).RootElement,
        });
        var actual = JsonNode.Parse(result.ToJson())!;

        result.HasData.ShouldBe(expected["hasData"]!.GetValue<bool>());
        Errors(actual).ShouldBe(Errors(expected));
        var (ourData, theirData) = (actual["data"]?.DeepClone(), expected["data"]?.DeepClone());
        if (name.Contains("introspection-full", StringComparison.Ordinal))
        {
            (ourData, theirData) = (IntrospectionShape.Normalize(ourData), IntrospectionShape.Normalize(theirData));
        }

        (ourData?.ToJsonString() ?? "null").ShouldBe(theirData?.ToJsonString() ?? "null");
    }

    private static JsonObject? Sidecar(string name)
    {
        var path = Path.Combine(_folder, name + ".json");
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : null;
    }

    /// <summary>Errors as one line each: message, locations and path, so a difference reads at a glance.</summary>
    private static List<string> Errors(JsonNode response) =>
        [.. (response["errors"]?.AsArray() ?? []).Select(error =>
            $"{error!.Text("message")} @ {(error!["locations"] ?? new JsonArray()).ToJsonString()} path {error["path"]?.ToJsonString() ?? "null"}")];
}
