using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments: every argument of a field or directive that is non-null and has no default
/// is given. Checked when leaving the node, so errors inside its arguments come first.
/// </summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public static readonly ProvidedRequiredArgumentsRule Instance = new();

    public override string Name => ValidationRuleNames.ProvidedRequiredArguments;

    public override RuleHooks Hooks => RuleHooks.LeaveField | RuleHooks.LeaveDirective;

    public override void LeaveField(ValidationContext context, FieldNode field)
    {
        if (context.FieldDefinition is not { } definition)
        {
            return;
        }

        foreach (var argument in definition.Arguments)
        {
            if (argument.IsRequired && !IsGiven(field.Arguments, argument.Name))
            {
                context.Report(
                    this,
                    $"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    field);
            }
        }
    }

    public override void LeaveDirective(ValidationContext context, DirectiveNode directive)
    {
        if (context.Directive is not { } definition)
        {
            return;
        }

        foreach (var argument in definition.Arguments)
        {
            if (argument.IsRequired && !IsGiven(directive.Arguments, argument.Name))
            {
                context.Report(
                    this,
                    $"Directive \"@{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    directive);
            }
        }
    }

    private static bool IsGiven(ImmutableArray<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (string.Equals(argument.Name.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
