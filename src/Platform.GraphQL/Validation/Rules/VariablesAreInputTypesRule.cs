using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Variables Are Input Types: a variable's type is a scalar, enum or input object, or a list or non-null of one.</summary>
internal sealed class VariablesAreInputTypesRule : ValidationRule
{
    public static readonly VariablesAreInputTypesRule Instance = new();

    public override string Name => ValidationRuleNames.VariablesAreInputTypes;

    public override RuleHooks Hooks => RuleHooks.EnterVariableDefinition;

    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode variable)
    {
        // The walker already resolved the type: InputType is null exactly when it is unknown or not an input type.
        if (context.InputType is null && context.TypeFromSyntax(variable.Type) is not null)
        {
            context.Report(
                this,
                $"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(variable.Type)}\".",
                variable.Type);
        }
    }
}
