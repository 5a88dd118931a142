using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// CompleteValue: non-null checks, lists, leaves through <see cref="LeafType.Serialize"/>, objects
/// (their fields are executed later, from the stack) and abstract types resolved to an object type.
/// </summary>
internal sealed partial class ExecutionRun
{
    private void Complete(ResultObject parent, int index, FieldPlan field, object? value)
    {
        _newObjects.Clear();
        CompleteValue(field.Definition.Type, field, value, parent, index);

        // Pushed last first, so that the first object's fields run next: depth first, in order.
        for (var i = _newObjects.Count - 1; i >= 0; i--)
        {
            Push(_newObjects[i]);
        }
    }

    private void CompleteValue(GraphQLType type, FieldPlan field, object? value, ResultNode node, int index)
    {
        if (value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            if (type is NonNullType)
            {
                RaiseError(node, index, field, $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}.");
            }

            return;
        }

        switch (type.Nullable)
        {
            case LeafType leaf:
                CompleteLeaf(leaf, field, value, node, index);
                break;
            case ListType list:
                CompleteList(list, field, value, node, index);
                break;
            case ObjectType objectType:
                CompleteObject(objectType, field, value, node, index);
                break;
            case IAbstractType abstractType:
                if (ResolveObjectType(abstractType, field, value, node, out var error) is { } runtimeType)
                {
                    CompleteObject(runtimeType, field, value, node, index);
                }
                else
                {
                    RaiseError(node, index, field, error!);
                }

                break;
        }
    }

    private void CompleteLeaf(LeafType leaf, FieldPlan field, object value, ResultNode node, int index)
    {
        try
        {
            node.Set(index, leaf.Serialize(value is JsonElement element ? JsonValues.Unwrap(element)! : value));
        }
        catch (Exception exception)
        {
            RaiseError(node, index, field, exception);
        }
    }

    private void CompleteObject(ObjectType type, FieldPlan field, object value, ResultNode node, int index)
    {
        var child = new ResultObject(field.GetChildPlan(type), value, node, index);
        node.Set(index, child);
        _newObjects.Add(child);
    }

    private void CompleteList(ListType type, FieldPlan field, object value, ResultNode node, int index)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var itemType = type.OfType;
        switch (value)
        {
            case IList items when value is not Array { Rank: > 1 }:
                var list = new ResultList(node, index, items.Count, itemType is NonNullType);
                node.Set(index, list);
                for (var i = 0; i < items.Count && !list.IsDead; i++)
                {
                    CompleteValue(itemType, field, items[i], list, i);
                }

                break;
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                var jsonList = new ResultList(node, index, array.GetArrayLength(), itemType is NonNullType);
                node.Set(index, jsonList);
                var j = 0;
                foreach (var item in array.EnumerateArray())
                {
                    if (jsonList.IsDead)
                    {
                        break;
                    }

                    CompleteValue(itemType, field, item, jsonList, j++);
                }

                break;
            case IEnumerable sequence when value is not string && !InputShape.IsObject(value):
                var materialized = new List<object?>();
                foreach (var item in sequence)
                {
                    materialized.Add(item);
                }

                CompleteList(type, field, materialized, node, index);
                break;
            default:
                RaiseError(node, index, field, $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Definition.Name}\".");
                break;
        }
    }
}
