using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Variable Uniqueness: an operation defines each variable name once.</summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public static readonly UniqueVariableNamesRule Instance = new();

    public override string Name => ValidationRuleNames.UniqueVariableNames;

    public override RuleHooks Hooks => RuleHooks.EnterOperation;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        // Variable lists are short: comparing pairs beats building a dictionary.
        var variables = operation.VariableDefinitions;
        for (var i = 0; i < variables.Length; i++)
        {
            var name = variables[i].Variable.Name.Value;
            if (IndexOf(variables, name, 0) < i)
            {
                continue;
            }

            List<SyntaxNode?>? names = null;
            for (var j = i + 1; j < variables.Length; j++)
            {
                if (string.Equals(variables[j].Variable.Name.Value, name, StringComparison.Ordinal))
                {
                    (names ??= [variables[i].Variable.Name]).Add(variables[j].Variable.Name);
                }
            }

            if (names is not null)
            {
                context.Report(this, $"There can be only one variable named \"${name}\".", [.. names]);
            }
        }
    }

    private static int IndexOf(ImmutableArray<VariableDefinitionNode> variables, string name, int from)
    {
        for (var i = from; i < variables.Length; i++)
        {
            if (string.Equals(variables[i].Variable.Name.Value, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
