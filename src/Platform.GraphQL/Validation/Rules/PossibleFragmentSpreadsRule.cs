using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Is Possible: a fragment is spread only where a value could be of its type.</summary>
internal sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public static readonly PossibleFragmentSpreadsRule Instance = new();

    public override string Name => ValidationRuleNames.PossibleFragmentSpreads;

    public override RuleHooks Hooks => RuleHooks.EnterInlineFragment | RuleHooks.EnterFragmentSpread;

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment)
    {
        if (context.Type is NamedType fragmentType && IsComposite(fragmentType)
            && context.ParentType is { } parentType && !TypeRelations.DoTypesOverlap(fragmentType, parentType))
        {
            context.Report(
                this,
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                fragment);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread)
    {
        if (context.GetFragment(spread.Name.Value) is { } fragment
            && context.Schema.FindType(fragment.TypeCondition.Name.Value) is { } fragmentType && IsComposite(fragmentType)
            && context.ParentType is { } parentType && !TypeRelations.DoTypesOverlap(fragmentType, parentType))
        {
            context.Report(
                this,
                $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".",
                spread);
        }
    }

    private static bool IsComposite(NamedType type) => type is ComplexType or UnionType;
}
