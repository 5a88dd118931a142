using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Whether two argument values are written the same, as field merging requires: the same kind and
/// text, lists item by item, objects field by field in any order. Like graphql-js, a block string
/// differs from a quoted string of the same text, and <c>1.0</c> from <c>1.00</c>.
/// </summary>
internal static class ValueEquality
{
    public static bool AreEqual(ValueNode a, ValueNode b)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (a.Kind != b.Kind)
        {
            return false;
        }

        return (a, b) switch
        {
            (VariableNode x, VariableNode y) => x.Name.Value == y.Name.Value,
            (IntValueNode x, IntValueNode y) => x.Value == y.Value,
            (FloatValueNode x, FloatValueNode y) => x.Value == y.Value,
            (StringValueNode x, StringValueNode y) => x.Value == y.Value && x.IsBlock == y.IsBlock,
            (BooleanValueNode x, BooleanValueNode y) => x.Value == y.Value,
            (EnumValueNode x, EnumValueNode y) => x.Value == y.Value,
            (NullValueNode, NullValueNode) => true,
            (ListValueNode x, ListValueNode y) => ListsEqual(x, y),
            (ObjectValueNode x, ObjectValueNode y) => ObjectsEqual(x, y),
            _ => false,
        };
    }

    private static bool ListsEqual(ListValueNode x, ListValueNode y)
    {
        if (x.Values.Length != y.Values.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Values.Length; i++)
        {
            if (!AreEqual(x.Values[i], y.Values[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ObjectsEqual(ObjectValueNode x, ObjectValueNode y)
    {
        if (x.Fields.Length != y.Fields.Length)
        {
            return false;
        }

        var sortedX = SortedByName(x);
        var sortedY = SortedByName(y);
        for (var i = 0; i < sortedX.Length; i++)
        {
            if (sortedX[i].Name.Value != sortedY[i].Name.Value || !AreEqual(sortedX[i].Value, sortedY[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    // A stable sort: fields repeating a name keep their written order.
    private static ObjectFieldNode[] SortedByName(ObjectValueNode value) =>
        [.. value.Fields.OrderBy(field => field.Name.Value, StringComparer.Ordinal)];
}
