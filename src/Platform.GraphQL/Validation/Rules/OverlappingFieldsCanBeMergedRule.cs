using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging: fields that share a response name in a selection set (fragments
/// included) are the same field with the same arguments, or can never apply together, and either
/// way return values of one shape. Checked once per selection set: an inline fragment's selections
/// belong to the enclosing set. See <see cref="FieldConflictFinder"/> for how it stays fast.
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private FieldConflictFinder? _finder;

    public override string Name => ValidationRuleNames.OverlappingFieldsCanBeMerged;

    public override RuleHooks Hooks => RuleHooks.EnterSelectionSet;

    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode selectionSet, SyntaxNode owner)
    {
        if (owner is InlineFragmentNode || CannotConflict(selectionSet))
        {
            return;
        }

        _finder ??= new FieldConflictFinder(context);
        foreach (var conflict in _finder.FindWithin(context.ParentType, selectionSet))
        {
            context.Report(
                this,
                $"Fields \"{FieldConflictFinder.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. "
                + "Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }
    }

    /// <summary>
    /// Only fields, each with its own response name: nothing here can conflict (the fields' own
    /// selections are checked when the walk reaches them). Most selection sets are like this, and
    /// are passed without collecting anything.
    /// </summary>
    private static bool CannotConflict(SelectionSetNode selectionSet)
    {
        var selections = selectionSet.Selections;
        if (selections.Length <= 1)
        {
            return selections.IsEmpty || selections[0] is not InlineFragmentNode;
        }

        if (selections.Length > 16)
        {
            return false;
        }

        for (var i = 0; i < selections.Length; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            var key = field.Alias?.Value ?? field.Name.Value;
            for (var j = 0; j < i; j++)
            {
                var earlier = (FieldNode)selections[j];
                if (string.Equals(earlier.Alias?.Value ?? earlier.Name.Value, key, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
