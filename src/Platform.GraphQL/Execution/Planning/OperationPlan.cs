using System.Collections.Concurrent;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// What can be worked out about one operation of one document against one schema before any
/// request arrives: the root type, the fragments, the variables' types, and the collected fields of
/// every selection set met so far, built lazily and kept for the next request. @skip and @include
/// conditions on variables make the collected fields depend on the request, so the plan keeps
/// one <see cref="PlanVariant"/> per combination of those variables' values.
/// </summary>
internal sealed class OperationPlan
{
    private const int MaxCachedConditions = 64;
    private readonly Dictionary<string, int> _conditionIndexes;
    private readonly ConcurrentDictionary<ulong, PlanVariant> _variants = new();

    public OperationPlan(
        Schema schema,
        OperationDefinitionNode operation,
        ObjectType rootType,
        Dictionary<string, FragmentDefinitionNode> fragments,
        VariablePlan[] variables,
        Dictionary<string, int> conditionIndexes)
    {
        Schema = schema;
        Operation = operation;
        RootType = rootType;
        Fragments = fragments;
        Variables = variables;
        _conditionIndexes = conditionIndexes;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public Dictionary<string, FragmentDefinitionNode> Fragments { get; }

    public VariablePlan[] Variables { get; }

    /// <summary>The plan variant for these coerced variable values.</summary>
    public PlanVariant GetVariant(IReadOnlyDictionary<string, object?> variables)
    {
        if (_conditionIndexes.Count == 0)
        {
            return _variants.GetOrAdd(0, static (mask, plan) => new PlanVariant(plan, mask, null), this);
        }

        if (_conditionIndexes.Count > MaxCachedConditions)
        {
            // Too many condition variables for a mask: a variant for this request alone.
            return new PlanVariant(this, 0, variables);
        }

        ulong mask = 0;
        foreach (var (name, index) in _conditionIndexes)
        {
            if (variables.TryGetValue(name, out var value) && value is true)
            {
                mask |= 1UL << index;
            }
        }

        return _variants.GetOrAdd(mask, static (mask, plan) => new PlanVariant(plan, mask, null), this);
    }

    /// <summary>Whether the condition variable <paramref name="name"/> is true in a variant's mask.</summary>
    public bool IsConditionTrue(string name, ulong mask) =>
        _conditionIndexes.TryGetValue(name, out var index) && index < MaxCachedConditions && (mask & (1UL << index)) != 0;
}

/// <summary>A declared variable: its name, its type in the schema (null when the type is unknown or not an input type), its definition.</summary>
internal sealed record VariablePlan(string Name, GraphQLType? Type, VariableDefinitionNode Node);

/// <summary>
/// The plan of an operation for one combination of @skip/@include variable values: the root
/// selection, from which the collected fields of every deeper selection set hang (see <see cref="FieldPlan"/>).
/// </summary>
internal sealed class PlanVariant(OperationPlan operation, ulong mask, IReadOnlyDictionary<string, object?>? variables)
{
    private SelectionPlan? _root;

    public OperationPlan Operation { get; } = operation;

    /// <summary>The root type's collected fields.</summary>
    public SelectionPlan Root => _root ??= FieldCollector.Collect(this, Operation.RootType, [Operation.Operation.SelectionSet]);

    /// <summary>Whether a @skip/@include <c>if</c> variable is true in this variant.</summary>
    public bool IsTrue(string variableName) =>
        variables is null ? Operation.IsConditionTrue(variableName, mask) : variables.TryGetValue(variableName, out var value) && value is true;
}
