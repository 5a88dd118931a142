using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Fragment Name Uniqueness: no two fragments of a document share a name.</summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    private Dictionary<string, NameNode>? _seen;

    public override string Name => ValidationRuleNames.UniqueFragmentNames;

    public override RuleHooks Hooks => RuleHooks.EnterFragmentDefinition;

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment)
    {
        _seen ??= new(StringComparer.Ordinal);
        if (_seen.TryGetValue(fragment.Name.Value, out var first))
        {
            context.Report(this, $"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
        }
        else
        {
            _seen.Add(fragment.Name.Value, fragment.Name);
        }
    }
}
