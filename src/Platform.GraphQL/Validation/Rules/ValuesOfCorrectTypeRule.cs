using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type, Input Object Field Names and Input Object Required Fields: every literal
/// is a valid value of the input type where it stands, OneOf input objects set exactly one field to
/// a value other than null, input object literals name only defined fields and give every required
/// one. Variables are left to <see cref="VariablesInAllowedPositionRule"/>.
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    // A list or object literal already reported as a whole: nothing under it is checked again.
    private ValueNode? _reportedWhole;

    public override string Name => ValidationRuleNames.ValuesOfCorrectType;

    public override RuleHooks Hooks => RuleHooks.EnterValue | RuleHooks.LeaveValue | RuleHooks.EnterObjectField;

    public override void EnterValue(ValidationContext context, ValueNode value)
    {
        if (_reportedWhole is not null)
        {
            return;
        }

        switch (value)
        {
            case ListValueNode:
                // The walker has moved on to the item type; the list's own place is the parent.
                if (context.ParentInputType?.Nullable is not ListType)
                {
                    LiteralCheck.Report(this, context, value);
                    _reportedWhole = value;
                }

                break;
            case ObjectValueNode obj:
                if (context.InputType?.GetNamedType() is InputObjectType type)
                {
                    CheckFields(context, obj, type);
                }
                else
                {
                    LiteralCheck.Report(this, context, value);
                    _reportedWhole = value;
                }

                break;
            case NullValueNode:
                if (context.InputType is NonNullType nonNull)
                {
                    context.Report(this, $"Expected value of type \"{nonNull}\", found null.", value);
                }

                break;
            default:
                LiteralCheck.Report(this, context, value);
                break;
        }
    }

    public override void LeaveValue(ValidationContext context, ValueNode value)
    {
        if (ReferenceEquals(value, _reportedWhole))
        {
            _reportedWhole = null;
        }
    }

    public override void EnterObjectField(ValidationContext context, ObjectFieldNode field)
    {
        if (_reportedWhole is not null || context.InputType is not null
            || context.ParentInputType?.GetNamedType() is not InputObjectType parent)
        {
            return;
        }

        var hint = context.HideSuggestions
            ? string.Empty
            : Suggestions.DidYouMean(Suggestions.Rank(field.Name.Value, parent.Fields.Select(known => known.Name)));
        context.Report(this, $"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\".{hint}", field);
    }

    private void CheckFields(ValidationContext context, ObjectValueNode obj, InputObjectType type)
    {
        foreach (var definition in type.Fields)
        {
            if (definition.IsRequired && LastNamed(obj, definition.Name) is null)
            {
                context.Report(
                    this, $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.", obj);
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        // Keyed by name, as graphql-js does: a repeated field counts once, with its last value.
        var first = obj.Fields.IsEmpty ? null : obj.Fields[0].Name.Value;
        var single = first is not null;
        foreach (var field in obj.Fields)
        {
            single &= string.Equals(field.Name.Value, first, StringComparison.Ordinal);
        }

        if (!single)
        {
            context.Report(this, $"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
        }
        else if (LastNamed(obj, first!) is NullValueNode)
        {
            context.Report(this, $"Field \"{type.Name}.{first}\" must be non-null.", obj);
        }
    }

    private static ValueNode? LastNamed(ObjectValueNode obj, string name)
    {
        for (var i = obj.Fields.Length - 1; i >= 0; i--)
        {
            if (string.Equals(obj.Fields[i].Name.Value, name, StringComparison.Ordinal))
            {
                return obj.Fields[i].Value;
            }
        }

        return null;
    }
}
