using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation: an operation without a name is the document's only operation.</summary>
internal sealed class LoneAnonymousOperationRule : ValidationRule
{
    public static readonly LoneAnonymousOperationRule Instance = new();

    public override string Name => ValidationRuleNames.LoneAnonymousOperation;

    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        if (operation.Name is null && context.OperationCount > 1)
        {
            context.Report(this, "This anonymous operation must be the only defined operation.", operation);
        }
    }
}
