using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Directives Are Defined, and Directives Are In Valid Locations.</summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    public static readonly KnownDirectivesRule Instance = new();

    public override string Name => ValidationRuleNames.KnownDirectives;

    public override RuleHooks Hooks => RuleHooks.EnterDirective;

    public override void EnterDirective(ValidationContext context, DirectiveNode directive, DirectiveLocation location)
    {
        if (context.Directive is not { } definition)
        {
            context.Report(this, $"Unknown directive \"@{directive.Name.Value}\".", directive);
        }
        else if (!definition.IsAllowedAt(location))
        {
            context.Report(this, $"Directive \"@{directive.Name.Value}\" may not be used on {location.ToGraphQLName()}.", directive);
        }
    }
}
