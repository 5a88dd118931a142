using System.Text.Json.Nodes;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// Our parser and printer against graphql-js on tests/conformance/corpus/parse: the same documents
/// are accepted, they print to the same text, and rejected ones fail at the same line and column.
/// </summary>
public sealed class ParsePrintConformanceTests
{
    private static readonly Lazy<Task<Dictionary<string, JsonNode>>> _reference = new(async () =>
    {
        var documents = new JsonArray();
        foreach (var (name, text) in GraphQLJs.Corpus("parse"))
        {
            documents.Add(new JsonObject { ["name"] = name, ["text"] = text });
        }

        var answers = await GraphQLJs.AskAsync(new JsonObject { ["task"] = "parse-print", ["documents"] = documents });
        return answers.ToDictionary(a => a!.Text("name")!, a => a!);
    });

    public static TheoryData<string> Documents() => [.. GraphQLJs.Corpus("parse").Select(d => d.Name)];

    [Fact]
    public void Corpus_HasValidAndInvalidDocuments()
    {
        var names = GraphQLJs.Corpus("parse").Select(d => d.Name).ToList();

        names.Count.ShouldBeGreaterThanOrEqualTo(20);
        names.ShouldContain(n => n.Contains("-error-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ParseAndPrint_AgreeWithGraphQLJs(string name)
    {
        var text = GraphQLJs.Corpus("parse").Single(d => d.Name == name).Text;
        var expected = (await _reference.Value)[name];

        string? printed = null;
        GraphQLSyntaxException? error = null;
        try
        {
            printed = Printer.Print(Parser.Parse(text));
        }
        catch (GraphQLSyntaxException ex)
        {
            error = ex;
        }

        if (expected["ok"]!.GetValue<bool>())
        {
            error.ShouldBeNull($"graphql-js accepts {name}");
            printed.ShouldBe(expected.Text("printed"));
        }
        else
        {
            error.ShouldNotBeNull($"graphql-js rejects {name}: {expected.Text("message")}");
            (error.Line, error.Column).ShouldBe((expected.Number("line"), expected.Number("column")), $"graphql-js: {expected.Text("message")}; ours: {error.Message}");
        }
    }
}
