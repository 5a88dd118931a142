using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.Conformance;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Tests.Validation;

/// <summary>
/// The care-domain schema the validation tests run against (interfaces, unions, enums, input objects,
/// a OneOf input, lists, non-null, defaults, custom directives). It is the same SDL file the
/// graphql-js cross-check builds its schema from.
/// </summary>
internal static class CareSchema
{
    public static string SdlPath { get; } = Path.Combine(GraphQLJs.ConformanceDirectory, "corpus", "validate", "schema.graphqls");

    public static Schema Schema { get; } = SchemaBuilder.FromSdl(File.ReadAllText(SdlPath)).Build();

    public static IReadOnlyList<ValidationError> Validate(string document, ValidationOptions? options = null) =>
        DocumentValidator.Validate(Schema, Parser.Parse(document), options);

    /// <summary>Asserts the document has exactly these errors, in this order.</summary>
    public static void ShouldReport(string document, params Expected[] expected) =>
        Describe(Validate(document)).ShouldBe(expected.Select(e => e.ToString()).ToList(), $"Validating:\n{document}");

    public static Expected Error(string rule, string message, params (int Line, int Column)[] locations) => new(rule, message, locations);

    public static void ShouldBeValid(string document) => Describe(Validate(document)).ShouldBeEmpty($"Validating:\n{document}");

    public static List<string> Describe(IEnumerable<ValidationError> errors) =>
        [.. errors.Select(error => new Expected(error.Rule, error.Message, [.. error.Locations.Select(l => (l.Line, l.Column))]).ToString())];
}

/// <summary>An error a test expects: the rule, the exact message and the locations as (line, column).</summary>
internal sealed record Expected(string Rule, string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() => $"{Rule}: {Message} @ {string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))}";
}
