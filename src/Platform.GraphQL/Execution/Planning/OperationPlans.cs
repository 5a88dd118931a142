using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Finds the plan of an operation: cached per document instance (weakly, so a document dropped
/// from the document cache takes its plans with it), per schema and per operation name.
/// Operation selection errors are request errors and follow graphql-js's wording.
/// </summary>
internal static class OperationPlans
{
    private const int MaxPlansPerDocument = 16;
    private static readonly ConditionalWeakTable<DocumentNode, List<CachedPlan>> _byDocument = [];

    public static OperationPlan? Find(Schema schema, DocumentNode document, string? operationName, out ExecutionError? error)
    {
        var cached = _byDocument.GetValue(document, static _ => []);
        lock (cached)
        {
            foreach (var entry in cached)
            {
                if (ReferenceEquals(entry.Schema, schema) && entry.OperationName == operationName)
                {
                    error = entry.Error;
                    return entry.Plan;
                }
            }
        }

        var plan = Create(schema, document, operationName, out error);
        lock (cached)
        {
            // Bounded: a client naming operations at random must not grow the cache.
            if (cached.Count < MaxPlansPerDocument && (plan is not null || operationName is null))
            {
                cached.Add(new CachedPlan(schema, operationName, plan, error));
            }
        }

        return plan;
    }

    private static OperationPlan? Create(Schema schema, DocumentNode document, string? operationName, out ExecutionError? error)
    {
        error = null;
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
            else if (definition is OperationDefinitionNode candidate)
            {
                if (operationName is null)
                {
                    if (operation is not null)
                    {
                        error = new ExecutionError("Must provide operation name if query contains multiple operations.");
                        return null;
                    }

                    operation = candidate;
                }
                else if (candidate.Name?.Value == operationName)
                {
                    operation = candidate;
                }
            }
        }

        if (operation is null)
        {
            error = new ExecutionError(operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".");
            return null;
        }

        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            error = new ExecutionError($"Schema is not configured to execute {kind} operation.", ExecutionError.LocationsOf(operation));
            return null;
        }

        if (FragmentCycles.Find(operation, fragments) is { } cycle)
        {
            error = new ExecutionError($"Cannot spread fragment \"{cycle.Name.Value}\" within itself.", ExecutionError.LocationsOf(cycle));
            return null;
        }

        var variables = new VariablePlan[operation.VariableDefinitions.Length];
        for (var i = 0; i < variables.Length; i++)
        {
            var definition = operation.VariableDefinitions[i];
            var type = TypeFromSyntax(schema, definition.Type);
            variables[i] = new VariablePlan(definition.Variable.Name.Value, type is { IsInputType: true } ? type : null, definition);
        }

        return new OperationPlan(schema, operation, rootType, fragments, variables, ConditionVariables.Index(operation, fragments));
    }

    /// <summary>The schema type a type reference denotes; null when it names an unknown type.</summary>
    public static GraphQLType? TypeFromSyntax(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.FindType(named.Name.Value),
        ListTypeNode list => TypeFromSyntax(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromSyntax(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    private sealed record CachedPlan(Schema Schema, string? OperationName, OperationPlan? Plan, ExecutionError? Error);
}
