using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections: every field selected is defined on the type it is selected on (meta-fields
/// included). When it is not, suggests the types that do define it (for an interface or union), or
/// else similarly named fields.
/// </summary>
internal sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public static readonly FieldsOnCorrectTypeRule Instance = new();

    public override string Name => ValidationRuleNames.FieldsOnCorrectType;

    public override RuleHooks Hooks => RuleHooks.EnterField;

    public override void EnterField(ValidationContext context, FieldNode field)
    {
        if (context.ParentType is not { } parent || context.FieldDefinition is not null)
        {
            return;
        }

        var name = field.Name.Value;
        var hint = string.Empty;
        if (!context.HideSuggestions)
        {
            hint = Suggestions.DidYouMean(TypesDefining(parent, name), "to use an inline fragment on");
            if (hint.Length == 0 && parent is ComplexType complex)
            {
                hint = Suggestions.DidYouMean(Suggestions.Rank(name, complex.Fields.Select(known => known.Name)));
            }
        }

        context.Report(this, $"Cannot query field \"{name}\" on type \"{parent.Name}\".{hint}", field);
    }

    /// <summary>
    /// For an abstract type: its possible types that define the field, and their interfaces that do;
    /// the most shared first, then interfaces before the types below them, then by name.
    /// </summary>
    private static List<string> TypesDefining(NamedType parent, string fieldName)
    {
        if (parent is not IAbstractType abstractType)
        {
            return [];
        }

        var candidates = new List<ComplexType>();
        var usage = new Dictionary<ComplexType, int>();
        foreach (var possible in abstractType.PossibleTypes)
        {
            if (possible.FindField(fieldName) is null)
            {
                continue;
            }

            candidates.Add(possible);
            usage[possible] = 1;
            foreach (var implemented in possible.Interfaces)
            {
                if (implemented.FindField(fieldName) is null)
                {
                    continue;
                }

                if (!usage.TryGetValue(implemented, out var count))
                {
                    candidates.Add(implemented);
                }

                usage[implemented] = count + 1;
            }
        }

        candidates.Sort((a, b) =>
        {
            var byUsage = usage[b].CompareTo(usage[a]);
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType superA && TypeRelations.IsSubType(superA, b))
            {
                return -1;
            }

            if (b is InterfaceType superB && TypeRelations.IsSubType(superB, a))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(a.Name, b.Name);
        });
        return candidates.ConvertAll(type => type.Name);
    }
}
