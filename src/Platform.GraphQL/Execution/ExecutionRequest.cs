using System.Text.Json;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// One operation to execute: the schema, the (validated) document, which operation, its variable
/// values as the transport decoded them, and what resolvers may use (root value, services).
/// </summary>
public sealed class ExecutionRequest
{
    /// <summary>The schema to execute against.</summary>
    public required Schema Schema { get; init; }

    /// <summary>The document, already validated against <see cref="Schema"/>; reuse the same instance (e.g. from a <see cref="DocumentCache"/>) so that its compiled plan is reused.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; may be null when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Variable values as CLR values: strings, booleans, numbers, dictionaries (input objects),
    /// enumerables (lists), <see cref="JsonElement"/>s or null. Leave null when <see cref="VariablesJson"/> is used.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>Variable values as the JSON object of the request's <c>variables</c> entry; <c>default</c> (undefined) or JSON null when there are none.</summary>
    public JsonElement VariablesJson { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The request's services, handed to resolvers; when it provides a <see cref="DataLoaderScope"/>, that scope is used.</summary>
    public IServiceProvider? Services { get; init; }
}
