using System.Reflection;
using System.Text.Json.Nodes;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Validation;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// Our validation against graphql-js 16 on tests/conformance/corpus/validate, over the schema in
/// schema.graphqls: per document the same number of errors, at the same locations, with the same
/// messages. Errors are compared in sorted order, because ours come in a different order: the rules
/// about variable usages report after the one walk of the document (when every fragment's usages
/// are known), where graphql-js reports them on leaving each operation.
/// Kept out of the corpus, and covered by the rule tests instead, are the places where we follow
/// the September 2025 edition and graphql-js 16 does not: Operation Type Existence, <c>@skip</c> and
/// <c>@include</c> at the root of a subscription, and OneOf variables under a non-null argument or
/// with a default.
/// </summary>
public sealed class ValidationConformanceTests
{
    /// <summary>Documents whose messages may differ from graphql-js's, and why. Empty: every message matches.</summary>
    private static readonly Dictionary<string, string> _deliberateMessageDifferences = [];

    private static readonly Lazy<Task<Dictionary<string, JsonNode>>> _reference = new(async () =>
    {
        var documents = new JsonArray();
        foreach (var (name, text) in GraphQLJs.Corpus("validate"))
        {
            documents.Add(new JsonObject { ["name"] = name, ["text"] = text });
        }

        var request = new JsonObject { ["task"] = "validate", ["sdl"] = File.ReadAllText(CareSchema.SdlPath), ["documents"] = documents };
        var answers = await GraphQLJs.AskAsync(request);
        return answers.ToDictionary(a => a!.Text("name")!, a => a!);
    });

    public static TheoryData<string> Documents() => [.. GraphQLJs.Corpus("validate").Select(d => d.Name)];

    [Fact]
    public void Corpus_HasValidAndInvalidDocumentsForEveryRule()
    {
        var corpus = GraphQLJs.Corpus("validate").ToList();
        var errorsByDocument = corpus.Select(d => CareSchema.Validate(d.Text)).ToList();
        var rulesSeen = errorsByDocument.SelectMany(errors => errors).Select(error => error.Rule).ToHashSet();
        var allRules = typeof(ValidationRuleNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        corpus.Count.ShouldBeGreaterThanOrEqualTo(40);
        errorsByDocument.ShouldContain(errors => errors.Count == 0);
        allRules.Except(rulesSeen).ShouldBe([ValidationRuleNames.OperationTypeExistence], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Validate_AgreesWithGraphQLJs(string name)
    {
        var text = GraphQLJs.Corpus("validate").Single(d => d.Name == name).Text;
        var expected = (await _reference.Value)[name]["errors"]!.AsArray()
            .Select(e => (Message: e!.Text("message")!, Locations: Locations(e!["locations"]!.AsArray())))
            .OrderBy(e => e.Locations, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToList();

        var actual = DocumentValidator.Validate(CareSchema.Schema, Parser.Parse(text))
            .Select(e => (e.Message, Locations: string.Join(" ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))))
            .OrderBy(e => e.Locations, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToList();

        var report = $"graphql-js:\n{string.Join("\n", expected)}\nours:\n{string.Join("\n", actual)}";
        actual.Count.ShouldBe(expected.Count, report);
        actual.Select(e => e.Locations).ShouldBe(expected.Select(e => e.Locations), report);
        if (!_deliberateMessageDifferences.ContainsKey(name))
        {
            actual.Select(e => e.Message).ShouldBe(expected.Select(e => e.Message), report);
        }
    }

    private static string Locations(JsonArray locations) =>
        string.Join(" ", locations.Select(l => $"{l!.Number("line")}:{l!.Number("column")}"));
}
