using System.Collections.Immutable;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Argument Names: every argument given is defined by its field or directive.</summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    public static readonly KnownArgumentNamesRule Instance = new();

    public override string Name => ValidationRuleNames.KnownArgumentNames;

    public override RuleHooks Hooks => RuleHooks.EnterArgument;

    public override void EnterArgument(ValidationContext context, ArgumentNode argument)
    {
        if (context.Argument is not null)
        {
            return;
        }

        var name = argument.Name.Value;
        if (context.Directive is { } directive)
        {
            var hint = Hint(context, name, directive.Arguments);
            context.Report(this, $"Unknown argument \"{name}\" on directive \"@{directive.Name}\".{hint}", argument);
        }
        else if (!context.InDirective && context.FieldDefinition is { } field && context.ParentType is { } parent)
        {
            var hint = Hint(context, name, field.Arguments);
            context.Report(this, $"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\".{hint}", argument);
        }
    }

    private static string Hint(ValidationContext context, string name, ImmutableArray<InputValueDefinition> arguments) =>
        context.HideSuggestions ? string.Empty : Suggestions.DidYouMean(Suggestions.Rank(name, arguments.Select(argument => argument.Name)));
}
