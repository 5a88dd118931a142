using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Fragments Must Be Used: every fragment is spread, directly or through other fragments, by some operation.</summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    public static readonly NoUnusedFragmentsRule Instance = new();

    public override string Name => ValidationRuleNames.NoUnusedFragments;

    public override RuleHooks Hooks => RuleHooks.LeaveDocument;

    public override void LeaveDocument(ValidationContext context, DocumentNode document)
    {
        HashSet<string>? used = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not FragmentDefinitionNode fragment)
            {
                continue;
            }

            used ??= UsedFragments(context, document);
            if (!used.Contains(fragment.Name.Value))
            {
                context.Report(this, $"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }

    private static HashSet<string> UsedFragments(ValidationContext context, DocumentNode document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        return used;
    }
}
