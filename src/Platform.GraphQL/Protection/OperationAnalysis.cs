using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Protection;

/// <summary>What <see cref="OperationAnalyzer"/> measured of one operation, and the limits it broke.</summary>
/// <param name="Depth">The deepest field nesting, introspection fields left out.</param>
/// <param name="Aliases">How many aliased fields, fragments counted once per spread.</param>
/// <param name="Cost">The estimated cost, introspection fields left out.</param>
/// <param name="Errors">One request error per broken limit, each with its <see cref="ProtectionErrorCodes"/> code; empty when the operation may run.</param>
public sealed record OperationAnalysis(int Depth, long Aliases, long Cost, IReadOnlyList<ExecutionError> Errors)
{
    /// <summary>Whether the operation is within every limit.</summary>
    public bool IsAllowed => Errors.Count == 0;
}
