using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Input Object Field Uniqueness: an input object literal gives each field once.</summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    // The object literals being walked, innermost last: a field is compared with its earlier siblings.
    private List<ObjectValueNode>? _objects;

    public override string Name => ValidationRuleNames.UniqueInputFieldNames;

    public override RuleHooks Hooks => RuleHooks.EnterValue | RuleHooks.LeaveValue | RuleHooks.EnterObjectField;

    public override void EnterValue(ValidationContext context, ValueNode value)
    {
        if (value is ObjectValueNode obj)
        {
            (_objects ??= []).Add(obj);
        }
    }

    public override void LeaveValue(ValidationContext context, ValueNode value)
    {
        if (value is ObjectValueNode && _objects is { Count: > 0 })
        {
            _objects.RemoveAt(_objects.Count - 1);
        }
    }

    public override void EnterObjectField(ValidationContext context, ObjectFieldNode field)
    {
        if (_objects is not { Count: > 0 })
        {
            return;
        }

        foreach (var sibling in _objects[^1].Fields)
        {
            if (ReferenceEquals(sibling, field))
            {
                return;
            }

            if (string.Equals(sibling.Name.Value, field.Name.Value, StringComparison.Ordinal))
            {
                context.Report(this, $"There can be only one input field named \"{field.Name.Value}\".", sibling.Name, field.Name);
                return;
            }
        }
    }
}
