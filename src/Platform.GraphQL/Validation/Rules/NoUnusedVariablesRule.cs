using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>All Variables Used: every variable an operation defines is used by it or by a fragment it spreads.</summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public static readonly NoUnusedVariablesRule Instance = new();

    public override string Name => ValidationRuleNames.NoUnusedVariables;

    public override RuleHooks Hooks => RuleHooks.LeaveDocument;

    public override void LeaveDocument(ValidationContext context, DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode { VariableDefinitions.IsEmpty: false } operation)
            {
                continue;
            }

            var usages = context.GetRecursiveVariableUsages(operation);
            foreach (var variable in operation.VariableDefinitions)
            {
                var name = variable.Variable.Name.Value;
                if (!IsUsed(usages, name))
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.";
                    context.Report(this, message, variable);
                }
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        foreach (var usage in usages)
        {
            if (string.Equals(usage.Node.Name.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
