using System.Collections.Concurrent;
using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Executes GraphQL operations (specification section "Execution", September 2025 edition):
/// operation selection, variable coercion, field collection with @skip/@include and fragments,
/// argument coercion, value completion, abstract type resolution, null propagation, field errors
/// with path and locations, and mutation root fields one after another. Resolvers of one request
/// never run at the same time, yet DataLoader loads are batched per level (see
/// <see cref="DataLoader.DataLoaderScope"/>). The document must already be valid; an invalid one
/// gives errors, never a crash. Thread-safe: share one instance.
/// </summary>
/// <param name="options">How errors are reported and abstract types resolved; <see cref="ExecutorOptions.Default"/> when null.</param>
public sealed partial class Executor(ExecutorOptions? options = null)
{
    private static readonly IReadOnlyList<ExecutionError> _noErrors = [];
    private readonly ConcurrentDictionary<(IAbstractType Type, Type ClrType), ObjectType?> _clrTypeMappings = new();

    /// <summary>An executor with the default options.</summary>
    public static Executor Default { get; } = new();

    /// <summary>The options in force.</summary>
    public ExecutorOptions Options { get; } = options ?? ExecutorOptions.Default;

    /// <summary>Executes the request and returns its response.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Variables is not null && request.VariablesJson.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw new ArgumentException("Give the variables either as a dictionary or as JSON, not both.", nameof(request));
        }

        try
        {
            var plan = OperationPlans.Find(request.Schema, request.Document, request.OperationName, out var operationError);
            if (plan is null)
            {
                return ExecutionResult.FromRequestErrors([operationError!]);
            }

            var variables = VariableCoercion.Coerce(plan, request, out var variableErrors);
            if (variableErrors is not null)
            {
                return ExecutionResult.FromRequestErrors(variableErrors);
            }

            if (plan.Operation.Operation == OperationType.Subscription)
            {
                return ExecutionResult.FromRequestErrors([new ExecutionError(
                    "A subscription operation yields a stream of results: start it with SubscribeAsync (over WebSocket or Server-Sent Events), not ExecuteAsync.",
                    ExecutionError.LocationsOf(plan.Operation))]);
            }

            var rootPlan = plan.GetVariant(variables).Root;
            var run = new ExecutionRun(this, request.Schema, variables, request.Services ?? NoServices.Instance, cancellationToken);
            var data = await run.RunAsync(rootPlan, request.RootValue, serial: plan.Operation.Operation == OperationType.Mutation);
            return new ExecutionResult(data, hasData: true, run.Errors ?? _noErrors);
        }
        catch (InsufficientExecutionStackException)
        {
            return ExecutionResult.FromRequestErrors([new ExecutionError("The document is nested too deeply to be executed.")]);
        }
    }

    /// <summary>
    /// Executes the request and writes its response JSON to <paramref name="writer"/> (the HTTP
    /// layer's path). Returns the result for its errors and status; its data has been written.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, Utf8JsonWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var result = await ExecuteAsync(request, cancellationToken);
        result.WriteTo(writer);
        return result;
    }

    /// <summary>The object type values of <paramref name="clrType"/> have as <paramref name="abstractType"/>: configured, or by name.</summary>
    internal ObjectType? MapClrType(IAbstractType abstractType, Type clrType) =>
        _clrTypeMappings.GetOrAdd((abstractType, clrType), static (key, options) => FindMapping(key.Type, key.ClrType, options), Options);

    private static ObjectType? FindMapping(IAbstractType abstractType, Type clrType, ExecutorOptions options)
    {
        // Base types too: ORM proxies derive from the entity type.
        for (var type = clrType; type is not null && type != typeof(object); type = type.BaseType)
        {
            if (options.ObjectTypesByClrType.TryGetValue(type, out var name))
            {
                return FindPossible(abstractType, name);
            }

            if (FindPossible(abstractType, type.Name) is { } byName)
            {
                return byName;
            }
        }

        return null;
    }

    private static ObjectType? FindPossible(IAbstractType abstractType, string name)
    {
        foreach (var possible in abstractType.PossibleTypes)
        {
            if (possible.Name == name)
            {
                return possible;
            }
        }

        return null;
    }

    internal sealed class NoServices : IServiceProvider
    {
        public static readonly NoServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
