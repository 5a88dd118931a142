using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Fragments On Composite Types: a type condition names an object, interface or union type.</summary>
internal sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public static readonly FragmentsOnCompositeTypesRule Instance = new();

    public override string Name => ValidationRuleNames.FragmentsOnCompositeTypes;

    public override RuleHooks Hooks => RuleHooks.EnterFragmentDefinition | RuleHooks.EnterInlineFragment;

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment)
    {
        if (fragment.TypeCondition is { } condition && IsNonComposite(context, condition))
        {
            context.Report(this, $"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
        }
    }

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment)
    {
        if (IsNonComposite(context, fragment.TypeCondition))
        {
            context.Report(
                this,
                $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".",
                fragment.TypeCondition);
        }
    }

    private static bool IsNonComposite(ValidationContext context, NamedTypeNode condition) =>
        context.Schema.FindType(condition.Name.Value) is { } type && type is not (ComplexType or UnionType);
}
