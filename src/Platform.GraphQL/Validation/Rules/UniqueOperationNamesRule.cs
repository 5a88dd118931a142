using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Operation Name Uniqueness: no two operations of a document share a name.</summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    private Dictionary<string, NameNode>? _seen;

    public override string Name => ValidationRuleNames.UniqueOperationNames;

    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        if (operation.Name is not { } name || context.OperationCount < 2)
        {
            return;
        }

        _seen ??= new(StringComparer.Ordinal);
        if (_seen.TryGetValue(name.Value, out var first))
        {
            context.Report(this, $"There can be only one operation named \"{name.Value}\".", first, name);
        }
        else
        {
            _seen.Add(name.Value, name);
        }
    }
}
