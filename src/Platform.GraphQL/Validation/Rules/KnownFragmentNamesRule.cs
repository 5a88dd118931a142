using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Target Defined: every spread names a fragment of the document.</summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public static readonly KnownFragmentNamesRule Instance = new();

    public override string Name => ValidationRuleNames.KnownFragmentNames;

    public override RuleHooks Hooks => RuleHooks.EnterFragmentSpread;

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread)
    {
        if (context.GetFragment(spread.Name.Value) is null)
        {
            context.Report(this, $"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }
    }
}
