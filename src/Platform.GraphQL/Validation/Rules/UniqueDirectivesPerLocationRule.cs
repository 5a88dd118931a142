using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Directives Are Unique Per Location: a directive that is not repeatable is applied at most once to a node.</summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public static readonly UniqueDirectivesPerLocationRule Instance = new();

    public override string Name => ValidationRuleNames.UniqueDirectivesPerLocation;

    public override RuleHooks Hooks =>
        RuleHooks.EnterOperation | RuleHooks.EnterVariableDefinition | RuleHooks.EnterFragmentDefinition
        | RuleHooks.EnterField | RuleHooks.EnterFragmentSpread | RuleHooks.EnterInlineFragment;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation) => Check(context, operation.Directives);

    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode variable) => Check(context, variable.Directives);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment) => Check(context, fragment.Directives);

    public override void EnterField(ValidationContext context, FieldNode field) => Check(context, field.Directives);

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread) => Check(context, spread.Directives);

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment) => Check(context, fragment.Directives);

    // A node carries a handful of directives: comparing pairs beats building a set.
    private void Check(ValidationContext context, ImmutableArray<DirectiveNode> directives)
    {
        for (var i = 1; i < directives.Length; i++)
        {
            var name = directives[i].Name.Value;
            if (context.Schema.FindDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(directives[j].Name.Value, name, StringComparison.Ordinal))
                {
                    context.Report(this, $"The directive \"@{name}\" can only be used once at this location.", directives[j], directives[i]);
                    break;
                }
            }
        }
    }
}
