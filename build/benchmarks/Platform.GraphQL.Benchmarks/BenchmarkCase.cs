using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Benchmarks;

/// <summary>
/// The inputs of one case, read from build/benchmarks/cases (copied beside the program): the
/// document text, and the schema and root value all cases share. The JavaScript side reads the
/// same files, so both time the same work.
/// </summary>
internal sealed class BenchmarkCase
{
    public static readonly IReadOnlyList<string> Names = ["three-fields", "fragments", "introspection", "list-1000"];

    private static readonly string _directory = Path.Combine(AppContext.BaseDirectory, "cases");
    private static readonly Lazy<Schema> _schema = new(() => SchemaBuilder.FromSdl(Read("schema.graphqls"), "schema.graphqls").Build());

    private BenchmarkCase(string name, string text)
    {
        Name = name;
        Text = text;
    }

    public string Name { get; }

    public string Text { get; }

    public static Schema Schema => _schema.Value;

    public static BenchmarkCase Load(string name)
    {
        if (!Names.Contains(name))
        {
            throw new ArgumentException($"There is no benchmark case '{name}'; the cases are {string.Join(", ", Names)}.", nameof(name));
        }

        return new BenchmarkCase(name, Read($"{name}.graphql"));
    }

    /// <summary>The root value: data.json as a JSON document, which the default resolvers read as the JavaScript side reads its parsed object.</summary>
    public static JsonDocument LoadData() => JsonDocument.Parse(Read("data.json"));

    public DocumentNode Parse() => Parser.Parse(Text);

    private static string Read(string file)
    {
        var path = Path.Combine(_directory, file);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"Benchmark input '{path}' is missing; build the benchmark project so that build/benchmarks/cases is copied beside it.", path);
    }
}
