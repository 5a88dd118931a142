using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined: every variable an operation uses, in its own selections or in the
/// fragments it spreads, is defined by the operation. Checked after the walk, when the usages in
/// every fragment are known.
/// </summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    public static readonly NoUndefinedVariablesRule Instance = new();

    public override string Name => ValidationRuleNames.NoUndefinedVariables;

    public override RuleHooks Hooks => RuleHooks.LeaveDocument;

    public override void LeaveDocument(ValidationContext context, DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (VariableDefinitions.Find(operation, name) is null)
                {
                    var message = operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.";
                    context.Report(this, message, usage.Node, operation);
                }
            }
        }
    }
}

/// <summary>Looks up an operation's variable definitions by name.</summary>
internal static class VariableDefinitions
{
    /// <summary>The last definition of the variable (graphql-js's choice when a name repeats); null when there is none.</summary>
    public static VariableDefinitionNode? Find(OperationDefinitionNode operation, string name)
    {
        var variables = operation.VariableDefinitions;
        for (var i = variables.Length - 1; i >= 0; i--)
        {
            if (string.Equals(variables[i].Variable.Name.Value, name, StringComparison.Ordinal))
            {
                return variables[i];
            }
        }

        return null;
    }
}
