using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the reference implementation (graphql-js, installed under tests/conformance by
/// build/test.sh) on the same inputs our engine gets, and returns its answers.
/// </summary>
internal static class GraphQLJs
{
    public static string ConformanceDirectory { get; } = Path.Combine(RepositoryRoot(), "tests", "conformance");

    public static async Task<JsonArray> AskAsync(JsonObject request)
    {
        if (!Directory.Exists(Path.Combine(ConformanceDirectory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException(
                $"graphql-js is not installed in {ConformanceDirectory}: run build/test.sh, or 'npm ci' in that folder.");
        }

        var start = new ProcessStartInfo("node", "graphql-js.mjs")
        {
            WorkingDirectory = ConformanceDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js installed?");
        await node.StandardInput.WriteAsync(request.ToJsonString());
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"graphql-js exited with {node.ExitCode}: {await error}");
        }

        return JsonNode.Parse(await output)!.AsArray();
    }

    public static IEnumerable<(string Name, string Text)> Corpus(string folder) =>
        Directory.GetFiles(Path.Combine(ConformanceDirectory, "corpus", folder), "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Platform.sln was not found above {AppContext.BaseDirectory}.");
    }

    public static string? Text(this JsonNode node, string property) => node[property]?.GetValue<string>();

    public static int Number(this JsonNode node, string property) => node[property]!.GetValue<JsonElement>().GetInt32();
}
