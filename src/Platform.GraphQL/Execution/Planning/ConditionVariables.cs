using System.Collections.Immutable;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// The variables that @skip and @include read (<c>@include(if: $expanded)</c>) in an operation and
/// the fragments it spreads: their values decide which fields are collected, so they pick the plan variant.
/// </summary>
internal static class ConditionVariables
{
    public static Dictionary<string, int> Index(OperationDefinitionNode operation, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        Scan(operation.SelectionSet, indexes);
        foreach (var fragment in fragments.Values)
        {
            Scan(fragment.SelectionSet, indexes);
        }

        return indexes;
    }

    // Recursion is bounded by the parser's nesting limit.
    private static void Scan(SelectionSetNode? selectionSet, Dictionary<string, int> indexes)
    {
        if (selectionSet is null)
        {
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            AddVariables(selection.Directives, indexes);
            switch (selection)
            {
                case FieldNode field:
                    Scan(field.SelectionSet, indexes);
                    break;
                case InlineFragmentNode inline:
                    Scan(inline.SelectionSet, indexes);
                    break;
            }
        }
    }

    private static void AddVariables(ImmutableArray<DirectiveNode> directives, Dictionary<string, int> indexes)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is not (BuiltInDirectives.Skip or BuiltInDirectives.Include))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Value is VariableNode variable)
                {
                    indexes.TryAdd(variable.Name.Value, indexes.Count);
                }
            }
        }
    }
}
