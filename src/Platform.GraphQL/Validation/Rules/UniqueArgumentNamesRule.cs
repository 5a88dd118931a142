using System.Collections.Immutable;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Argument Uniqueness: a field or directive is given each argument once.</summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public static readonly UniqueArgumentNamesRule Instance = new();

    public override string Name => ValidationRuleNames.UniqueArgumentNames;

    public override RuleHooks Hooks => RuleHooks.EnterField | RuleHooks.EnterDirective;

    public override void EnterField(ValidationContext context, FieldNode field) => Check(context, field.Arguments);

    public override void EnterDirective(ValidationContext context, DirectiveNode directive, DirectiveLocation location) =>
        Check(context, directive.Arguments);

    // Argument lists are short: comparing pairs beats building a dictionary.
    private void Check(ValidationContext context, ImmutableArray<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            var name = arguments[i].Name.Value;
            if (AppearsBefore(arguments, name, i))
            {
                continue;
            }

            List<SyntaxNode?>? names = null;
            for (var j = i + 1; j < arguments.Length; j++)
            {
                if (string.Equals(arguments[j].Name.Value, name, StringComparison.Ordinal))
                {
                    (names ??= [arguments[i].Name]).Add(arguments[j].Name);
                }
            }

            if (names is not null)
            {
                context.Report(this, $"There can be only one argument named \"{name}\".", [.. names]);
            }
        }
    }

    private static bool AppearsBefore(ImmutableArray<ArgumentNode> arguments, string name, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(arguments[i].Name.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
