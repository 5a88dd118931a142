using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Leaf Field Selections: scalar and enum fields select nothing; object, interface and union fields select something.</summary>
internal sealed class ScalarLeafsRule : ValidationRule
{
    public static readonly ScalarLeafsRule Instance = new();

    public override string Name => ValidationRuleNames.ScalarLeafs;

    public override RuleHooks Hooks => RuleHooks.EnterField;

    public override void EnterField(ValidationContext context, FieldNode field)
    {
        if (context.Type is not { } type)
        {
            return;
        }

        var name = field.Name.Value;
        if (type.GetNamedType() is LeafType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                context.Report(this, $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.Report(
                this, $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.IsEmpty)
        {
            context.Report(this, $"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }
    }
}
