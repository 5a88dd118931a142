using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Fragment Spread Type Existence (and variable types): every type a document names exists in the schema.</summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public static readonly KnownTypeNamesRule Instance = new();

    public override string Name => ValidationRuleNames.KnownTypeNames;

    public override RuleHooks Hooks => RuleHooks.EnterNamedType;

    public override void EnterNamedType(ValidationContext context, NamedTypeNode type)
    {
        var name = type.Name.Value;
        if (context.Schema.FindType(name) is not null)
        {
            return;
        }

        var hint = context.HideSuggestions
            ? string.Empty
            : Suggestions.DidYouMean(Suggestions.Rank(name, context.Schema.Types.Select(known => known.Name)));
        context.Report(this, $"Unknown type \"{name}\".{hint}", type);
    }
}
