using System.Text.Json.Nodes;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Tests.CodeFirst;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// graphql-js rebuilds each of our schemas twice: from the result our executor gives to
/// graphql-js's own <c>getIntrospectionQuery</c> (every option on) through <c>buildClientSchema</c>,
/// and from our printed SDL through <c>buildSchema</c>. Its <c>printSchema</c> of both must equal
/// our <see cref="SchemaPrinter"/> output, character for character, with one documented
/// allowance: graphql-js 16 prints an input-object default value coerced (fields in the type's
/// order, and fields left out filled with their own defaults), where we print it as written, as
/// the specification's introspection does and graphql-js 17 will (see <see cref="AsGraphQLJs16PrintsDefaults"/>).
/// </summary>
public sealed class SchemaRoundTripConformanceTests
{
    private static readonly Lazy<Task<Dictionary<string, (string Ours, JsonNode Theirs)>>> _answers = new(AskAsync);

    public static TheoryData<string> SchemaNames() => [.. Schemas().Keys];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public async Task BuildSchema_FromOurSdl_PrintsAsWeDo(string name)
    {
        var (ours, theirs) = (await _answers.Value)[name];

        theirs["sdlErrors"]!.AsArray().Select(error => error!.GetValue<string>()).ShouldBeEmpty();
        SameLines("graphql-js buildSchema(our SDL)", theirs.Text("fromSdl")!, ours);
        SameLines("graphql-js buildSchema(its own printout)", theirs.Text("sdlReprinted")!, ours);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public async Task BuildClientSchema_FromOurIntrospection_PrintsAsWeDo(string name)
    {
        var (ours, theirs) = (await _answers.Value)[name];

        SameLines("graphql-js buildClientSchema(our introspection)", theirs.Text("fromIntrospection")!, ours);
    }

    [Fact]
    public void AsGraphQLJs16PrintsDefaults_PartialObjectDefault_AddsFieldDefaultsInTypeOrder()
    {
        var schema = SchemaBuilder.FromSdl("input Page { first: Int = 10 after: String } type Query { f(page: Page = { after: \"x\" }): Int }").Build();

        AsGraphQLJs16PrintsDefaults(schema, SchemaPrinter.Print(schema)).ShouldContain("f(page: Page = {first: 10, after: \"x\"}): Int");
    }

    [Fact]
    public void Schemas_CoverTheWholeTypeSystem()
    {
        var printed = string.Join("\n", Schemas().Values.Select(schema => SchemaPrinter.Print(schema.Value)));

        // A cross-check of a poor schema proves little: each construct must appear in at least one.
        foreach (var construct in new[] { "interface", "union", "enum", "input", "@oneOf", "@deprecated", "@specifiedBy", "repeatable", "implements", "subscription", "\"\"\"", " = " })
        {
            printed.ShouldContain(construct, Case.Sensitive, $"no schema of the cross-check uses {construct}");
        }
    }

    private static Dictionary<string, Lazy<Schema>> Schemas() => new(StringComparer.Ordinal)
    {
        ["validate-corpus"] = new(() => SchemaBuilder.FromSdl(CorpusSdl("validate")).Build()),
        ["execute-corpus"] = new(() => SchemaBuilder.FromSdl(CorpusSdl("execute")).Build()),
        ["code-first-care-modules"] = new(() => new CodeFirstSchema()
            .AddQuery<PatientQueries>()
            .AddMutation<PatientMutations>()
            .AddAnnotated(typeof(PatientJourneys))
            .Build()),
        ["platform-scalars-and-deprecations"] = new(() => SchemaBuilder.FromSdl(PlatformScalarsSdl).Build()),
    };

    private const string PlatformScalarsSdl = """
        "Every platform scalar, a custom scalar and deprecation wherever it may stand."
        schema { query: Root }

        "A money amount in minor units."
        scalar Money @specifiedBy(url: "https://example.com/money")

        interface Entity { id: UUID! }
        interface Dated implements Entity { id: UUID! at: DateTime! }

        type Visit implements Dated & Entity {
          id: UUID!
          at: DateTime!
          on: Date
          cost(currency: String = "EUR", rounding: Int @deprecated(reason: "Always rounded.")): Decimal
          link: URL @deprecated
          price: Money
        }

        input VisitFilter {
          from: DateTime
          legacy: String @deprecated(reason: "Use from.")
          "Block\ndescription"
          kinds: [String!] = ["a", "b"]
        }

        input VisitKey @oneOf { id: UUID visitNumber: Int }

        type Root {
          visits(filter: VisitFilter = { from: "2024-01-01T00:00:00Z" }): [Visit!]!
          visit(key: VisitKey!): Visit
        }
        """;

    /// <summary>Fails with the differing lines (theirs, then ours) instead of a character dump of two long texts.</summary>
    private static void SameLines(string what, string theirs, string ours)
    {
        var (theirLines, ourLines) = (theirs.Split('\n'), ours.Split('\n'));
        var differences = Enumerable.Range(0, Math.Max(theirLines.Length, ourLines.Length))
            .Where(i => i >= theirLines.Length || i >= ourLines.Length || theirLines[i] != ourLines[i])
            .Take(8)
            .Select(i => $"line {i + 1}:\n  {what}: {(i < theirLines.Length ? theirLines[i] : "<end>")}\n  ours: {(i < ourLines.Length ? ourLines[i] : "<end>")}")
            .ToList();
        differences.ShouldBeEmpty($"{what} differs from our SchemaPrinter output");
    }

    private static string CorpusSdl(string folder) => File.ReadAllText(Path.Combine(GraphQLJs.ConformanceDirectory, "corpus", folder, "schema.graphqls"));

    /// <summary>
    /// Our printout with each input-object default value as graphql-js 16 prints it: completed
    /// with the fields' own defaults, in the input type's field order. Only object defaults change.
    /// </summary>
    private static string AsGraphQLJs16PrintsDefaults(Schema schema, string printed)
    {
        var inputValues = schema.Types.OfType<ComplexType>().SelectMany(type => type.Fields).SelectMany(field => field.Arguments)
            .Concat(schema.Types.OfType<InputObjectType>().SelectMany(type => type.Fields))
            .Concat(schema.Directives.SelectMany(directive => directive.Arguments));
        foreach (var value in inputValues)
        {
            if (value.DefaultValue is ObjectValueNode given && value.Type.GetNamedType() is InputObjectType type)
            {
                printed = printed.Replace(" = " + Printer.Print(given), " = " + Printer.Print(Completed(given, type)), StringComparison.Ordinal);
            }
        }

        return printed;
    }

    private static ObjectValueNode Completed(ObjectValueNode given, InputObjectType type) => new([.. type.Fields
        .Select(field => (field, value: given.Fields.FirstOrDefault(f => f.Name.Value == field.Name)?.Value ?? field.DefaultValue))
        .Where(pair => pair.value is not null)
        .Select(pair => new ObjectFieldNode(
            new NameNode(pair.field.Name),
            pair.value is ObjectValueNode inner && pair.field.Type.GetNamedType() is InputObjectType innerType ? Completed(inner, innerType) : pair.value!))]);

    private static async Task<Dictionary<string, (string Ours, JsonNode Theirs)>> AskAsync()
    {
        var query = (await GraphQLJs.AskAsync(new JsonObject { ["task"] = "schema-roundtrip", ["step"] = "query" }))[0]!.GetValue<string>();
        var requests = new JsonArray();
        var ours = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, schema) in Schemas())
        {
            var result = await Executor.Default.ExecuteAsync(new ExecutionRequest { Schema = schema.Value, Document = Parser.Parse(query) });
            result.Errors.ShouldBeEmpty();
            ours[name] = AsGraphQLJs16PrintsDefaults(schema.Value, SchemaPrinter.Print(schema.Value));
            requests.Add(new JsonObject
            {
                ["name"] = name,
                ["sdl"] = ours[name],
                ["introspection"] = JsonNode.Parse(result.ToJson())!["data"]!.DeepClone(),
            });
        }

        var answers = await GraphQLJs.AskAsync(new JsonObject { ["task"] = "schema-roundtrip", ["schemas"] = requests });
        return answers.ToDictionary(answer => answer!.Text("name")!, answer => (ours[answer!.Text("name")!], answer!));
    }
}
