using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// CollectFields of the specification's "Field Collection": the fields a selection set selects on
/// one object type, grouped by response key in first-seen order, after @skip/@include and fragment
/// type conditions. Runs once per plan variant, selection set and object type; its result is cached.
/// Fields the type does not have (an invalid document) are left out, as graphql-js does.
/// </summary>
internal static class FieldCollector
{
    public static SelectionPlan Collect(PlanVariant variant, ObjectType objectType, ReadOnlySpan<SelectionSetNode> selectionSets)
    {
        var collection = new Collection(variant, objectType);
        foreach (var selectionSet in selectionSets)
        {
            collection.Add(selectionSet);
        }

        return collection.ToPlan();
    }

    private sealed class Collection(PlanVariant variant, ObjectType objectType)
    {
        private readonly List<(string Key, List<FieldNode> Nodes)> _groups = [];
        private readonly Dictionary<string, int> _groupIndexes = new(StringComparer.Ordinal);
        private HashSet<string>? _visitedFragments;

        public void Add(SelectionSetNode selectionSet)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var selection in selectionSet.Selections)
            {
                if (!IsIncluded(selection.Directives))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        AddField(field);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is null || Applies(inline.TypeCondition.Name.Value))
                        {
                            Add(inline.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if ((_visitedFragments ??= new(StringComparer.Ordinal)).Add(name)
                            && variant.Operation.Fragments.TryGetValue(name, out var fragment)
                            && Applies(fragment.TypeCondition.Name.Value))
                        {
                            Add(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        public SelectionPlan ToPlan()
        {
            var schema = variant.Operation.Schema;
            var fields = new List<FieldPlan>(_groups.Count);
            foreach (var (key, nodes) in _groups)
            {
                if (schema.FindField(objectType, nodes[0].Name.Value) is { } definition)
                {
                    fields.Add(new FieldPlan(variant, objectType, key, [.. nodes], definition));
                }
            }

            return new SelectionPlan(objectType, [.. fields]);
        }

        private void AddField(FieldNode field)
        {
            var key = field.Alias?.Value ?? field.Name.Value;
            if (_groupIndexes.TryGetValue(key, out var index))
            {
                _groups[index].Nodes.Add(field);
                return;
            }

            _groupIndexes.Add(key, _groups.Count);
            _groups.Add((key, [field]));
        }

        private bool Applies(string typeCondition) => variant.Operation.Schema.FindType(typeCondition) switch
        {
            ObjectType type => ReferenceEquals(type, objectType),
            IAbstractType abstractType => abstractType.IsPossibleType(objectType),
            _ => false,
        };

        private bool IsIncluded(ImmutableArray<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                switch (directive.Name.Value)
                {
                    case BuiltInDirectives.Skip when IsTrue(directive):
                        return false;
                    case BuiltInDirectives.Include when !IsTrue(directive):
                        return false;
                }
            }

            return true;
        }

        // "if" is true when it is the literal true or a variable whose value is true; anything else
        // (only possible in an invalid document) counts as false.
        private bool IsTrue(DirectiveNode directive)
        {
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    return argument.Value switch
                    {
                        BooleanValueNode literal => literal.Value,
                        VariableNode variable => variant.IsTrue(variable.Name.Value),
                        _ => false,
                    };
                }
            }

            return false;
        }
    }
}
