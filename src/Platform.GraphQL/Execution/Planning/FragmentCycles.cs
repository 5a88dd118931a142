using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Execution;

/// <summary>Finds a fragment that spreads itself, directly or through others: such a document is invalid and would never finish.</summary>
internal static class FragmentCycles
{
    public static FragmentSpreadNode? Find(OperationDefinitionNode operation, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        var states = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path; true: done
        return Visit(operation.SelectionSet, fragments, states);
    }

    private static FragmentSpreadNode? Visit(SelectionSetNode? selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, Dictionary<string, bool> states)
    {
        if (selectionSet is null)
        {
            return null;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                FieldNode field => Visit(field.SelectionSet, fragments, states),
                InlineFragmentNode inline => Visit(inline.SelectionSet, fragments, states),
                FragmentSpreadNode spread => VisitSpread(spread, fragments, states),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static FragmentSpreadNode? VisitSpread(FragmentSpreadNode spread, Dictionary<string, FragmentDefinitionNode> fragments, Dictionary<string, bool> states)
    {
        // A long chain of fragments must end in an error, never in a stack overflow.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var name = spread.Name.Value;
        if (states.TryGetValue(name, out var done))
        {
            return done ? null : spread;
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            return null;
        }

        states[name] = false;
        var found = Visit(fragment.SelectionSet, fragments, states);
        states[name] = true;
        return found;
    }
}
