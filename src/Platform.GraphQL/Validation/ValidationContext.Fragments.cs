using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>A variable as used in a value, with what the walker knew about the place it stands.</summary>
/// <param name="Node">The variable.</param>
/// <param name="Type">The input type expected there; null when unknown.</param>
/// <param name="LocationHasDefault">Whether the argument or input field there has a default value.</param>
/// <param name="ParentType">The input type of the enclosing list or object literal, if any.</param>
internal readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool LocationHasDefault, GraphQLType? ParentType);

/// <summary>Fragments, the spreads of selection sets, and variable usages: computed once per document and shared by the rules.</summary>
internal sealed partial class ValidationContext
{
    private readonly Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _spreads;
    private Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>>? _referencedFragments;
    private Dictionary<ExecutableDefinitionNode, List<VariableUsage>>? _usages;
    private Dictionary<OperationDefinitionNode, List<VariableUsage>>? _recursiveUsages;
    private Stack<SelectionSetNode>? _pendingSets;

    /// <summary>The fragment of that name (the last one, when several share it); null when there is none.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments?.GetValueOrDefault(name);

    /// <summary>
    /// Every fragment spread under a selection set, nested fields and inline fragments included,
    /// but not inside the fragments spread. The order is graphql-js's (a selection set's own spreads,
    /// then the nested sets' from the last to the first), which decides how cycles are reported.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _spreads ??= [];
        if (_spreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var pending = _pendingSets ??= new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        pending.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation spreads, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        _referencedFragments ??= [];
        if (_referencedFragments.TryGetValue(operation, out var fragments))
        {
            return fragments;
        }

        fragments = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
        {
            if (seen.Add(spread.Name.Value))
            {
                pending.Enqueue(spread.Name.Value);
            }
        }

        while (pending.TryDequeue(out var name))
        {
            if (GetFragment(name) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    pending.Enqueue(spread.Name.Value);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Records a variable met by the walker in the current operation or fragment.</summary>
    public void AddVariableUsage(in VariableUsage usage)
    {
        if (Definition is null)
        {
            return;
        }

        _usages ??= [];
        if (!_usages.TryGetValue(Definition, out var usages))
        {
            _usages[Definition] = usages = [];
        }

        usages.Add(usage);
    }

    /// <summary>
    /// The variables an operation uses, in its own selections and in every fragment it spreads
    /// (transitively). Complete only after the walk, so the variable rules read it when leaving the document.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveUsages ??= [];
        if (_recursiveUsages.TryGetValue(operation, out var all))
        {
            return all;
        }

        all = [];
        if (_usages is not null)
        {
            if (_usages.TryGetValue(operation, out var own))
            {
                all.AddRange(own);
            }

            foreach (var fragment in GetRecursivelyReferencedFragments(operation))
            {
                if (_usages.TryGetValue(fragment, out var used))
                {
                    all.AddRange(used);
                }
            }
        }

        _recursiveUsages[operation] = all;
        return all;
    }
}
