using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's introspection depth limit: below <c>__schema</c> or <c>__type</c>, the list fields
/// <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> may not nest three
/// deep (through fragments too), which shuts out introspection queries built to be expensive. Like
/// graphql-js it goes by field names alone. Each fragment's outcome is remembered by the depth it
/// was entered at, so a fragment is explored again only when entered deeper than before.
/// </summary>
internal sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListDepth = 3;

    private Dictionary<string, int>? _passedAtDepth;
    private Dictionary<string, int>? _exceededAtDepth;
    private FieldNode? _reported;

    public override string Name => ValidationRuleNames.MaxIntrospectionDepth;

    public override RuleHooks Hooks => RuleHooks.EnterField | RuleHooks.LeaveField;

    public override void EnterField(ValidationContext context, FieldNode field)
    {
        if (_reported is not null || field.Name.Value is not ("__schema" or "__type"))
        {
            return;
        }

        if (Exceeds(context, field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.Report(this, "Maximum introspection depth exceeded", field);
            _reported = field;
        }
    }

    public override void LeaveField(ValidationContext context, FieldNode field)
    {
        if (ReferenceEquals(field, _reported))
        {
            _reported = null;
        }
    }

    private bool Exceeds(ValidationContext context, SelectionNode node, Dictionary<string, int> visiting, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                return SpreadExceeds(context, spread.Name.Value, visiting, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListDepth)
                {
                    return true;
                }

                selectionSet = field.SelectionSet;
                break;
            default:
                selectionSet = ((InlineFragmentNode)node).SelectionSet;
                break;
        }

        return selectionSet is not null && SelectionsExceed(context, selectionSet, visiting, depth);
    }

    private bool SpreadExceeds(ValidationContext context, string name, Dictionary<string, int> visiting, int depth)
    {
        _passedAtDepth ??= new(StringComparer.Ordinal);
        _exceededAtDepth ??= new(StringComparer.Ordinal);
        if (_exceededAtDepth.TryGetValue(name, out var exceeded) && exceeded <= depth)
        {
            return true;
        }

        // Entered before at this depth or deeper: on the current path (a cycle) or already passed.
        if ((visiting.TryGetValue(name, out var entered) && entered >= depth)
            || (_passedAtDepth.TryGetValue(name, out var passed) && passed >= depth)
            || context.GetFragment(name) is not { } fragment)
        {
            return false;
        }

        visiting[name] = depth;
        if (SelectionsExceed(context, fragment.SelectionSet, visiting, depth))
        {
            _exceededAtDepth[name] = depth;
            return true;
        }

        _passedAtDepth[name] = depth;
        return false;
    }

    private bool SelectionsExceed(ValidationContext context, SelectionSetNode selectionSet, Dictionary<string, int> visiting, int depth)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (Exceeds(context, selection, visiting, depth))
            {
                return true;
            }
        }

        return false;
    }
}
