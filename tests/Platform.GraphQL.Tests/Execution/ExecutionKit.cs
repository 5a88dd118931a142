using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Builds schemas and runs operations the way the tests of this folder need.</summary>
internal static class ExecutionKit
{
    public static Schema Schema(string sdl, Action<SchemaBuilder>? bind = null)
    {
        var builder = SchemaBuilder.FromSdl(sdl);
        bind?.Invoke(builder);
        return builder.Build();
    }

    public static ValueTask<ExecutionResult> ExecuteAsync(
        Schema schema,
        string query,
        object? root = null,
        string? variables = null,
        string? operationName = null,
        Executor? executor = null,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default) =>
        (executor ?? Executor.Default).ExecuteAsync(
            new ExecutionRequest
            {
                Schema = schema,
                Document = Parser.Parse(query),
                OperationName = operationName,
                VariablesJson = variables is null ? default : Json(variables),
                RootValue = root,
                Services = services,
            },
            cancellationToken);

    /// <summary>The response as JSON text, for comparing whole responses at once.</summary>
    public static async Task<string> JsonOfAsync(Schema schema, string query, object? root = null, string? variables = null, Executor? executor = null) =>
        (await ExecuteAsync(schema, query, root, variables, executor: executor)).ToJson();

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>JSON with single quotes, so expected responses read well in C# strings.</summary>
    public static string Q(string json) => json.Replace('\'', '"');
}
