using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Operation Type Existence: the schema has a root type for the kind of each operation. graphql-js 16
/// leaves this to execution; the message follows the one graphql-js 17 gives.
/// </summary>
internal sealed class OperationTypeExistenceRule : ValidationRule
{
    public static readonly OperationTypeExistenceRule Instance = new();

    public override string Name => ValidationRuleNames.OperationTypeExistence;

    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        if (context.Schema.GetRootType(operation.Operation) is null)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            context.Report(this, $"The {kind} operation is not supported by the schema.", operation);
        }
    }
}
