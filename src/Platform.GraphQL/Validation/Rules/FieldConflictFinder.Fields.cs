using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Whether two fields of one response name can merge: same field and arguments, compatible types, mergeable selections.</summary>
internal sealed partial class FieldConflictFinder
{
    // Bounds on what one error carries, whatever the document's size (graphql-js's bounds).
    private const int MaxDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    public static string Abbreviate(string text) => text.Length > MaxDetailLength ? string.Concat(text.AsSpan(0, MaxDetailLength), "...") : text;

    private FieldConflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry entry1, FieldEntry entry2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();

        // Fields on two different object types never both apply: they may differ in name and
        // arguments, but must still agree on the shape of what they return.
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(entry1.ParentType, entry2.ParentType) && entry1.ParentType is ObjectType && entry2.ParentType is ObjectType);
        Spend(2);
        var (node1, node2) = (entry1.Node, entry2.Node);
        var (type1, type2) = (entry1.Definition?.Type, entry2.Definition?.Type);
        if (entry1.IsSimpleLeaf && entry2.IsSimpleLeaf && ReferenceEquals(type1, type2)
            && string.Equals(node1.Name.Value, node2.Name.Value, StringComparison.Ordinal))
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            var reason = !string.Equals(node1.Name.Value, node2.Name.Value, StringComparison.Ordinal)
                ? $"\"{Abbreviate(node1.Name.Value)}\" and \"{Abbreviate(node2.Name.Value)}\" are different fields"
                : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
            if (reason is not null)
            {
                return new FieldConflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindBetweenSubSelections(
                mutuallyExclusive, type1?.GetNamedType(), selectionSet1, type2?.GetNamedType(), selectionSet2);
            return subConflicts.Count == 0 ? null : Combine(subConflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(ImmutableArray<ArgumentNode> arguments1, ImmutableArray<ArgumentNode> arguments2)
    {
        if (arguments1.IsEmpty || arguments1.Length != arguments2.Length)
        {
            return arguments1.IsEmpty && arguments2.IsEmpty;
        }

        foreach (var argument1 in arguments1)
        {
            Spend(1);
            ValueNode? value2 = null;
            foreach (var argument2 in arguments2)
            {
                if (string.Equals(argument1.Name.Value, argument2.Name.Value, StringComparison.Ordinal))
                {
                    value2 = argument2.Value;
                }
            }

            if (value2 is null || !ValueEquality.AreEqual(argument1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two output types cannot describe one response value: different list/non-null shape, or different leaf types.</summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);
        return (type1, type2) switch
        {
            (ListType list1, ListType list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (ListType, _) or (_, ListType) => true,
            (NonNullType nonNull1, NonNullType nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (NonNullType, _) or (_, NonNullType) => true,
            (LeafType, _) or (_, LeafType) => true,
            _ => false,
        };
    }

    /// <summary>One conflict for two fields whose selections conflict: the reasons joined, the fields' nodes then the subfields'.</summary>
    private static FieldConflict Combine(List<FieldConflict> subConflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        var reason = new StringBuilder();
        foreach (var conflict in subConflicts)
        {
            reason.Append(reason.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (reason.Length > MaxDetailLength)
            {
                break;
            }
        }

        return new FieldConflict(
            responseName,
            Abbreviate(reason.ToString()),
            CollectNodes(node1, subConflicts, first: true),
            CollectNodes(node2, subConflicts, first: false));
    }

    private static List<FieldNode> CollectNodes(FieldNode node, List<FieldConflict> subConflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in subConflicts)
        {
            // The innermost fields are the ones to keep when the list must be cut: take from the end.
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var take = Math.Min(MaxConflictNodes - nodes.Count, side.Count);
            nodes.AddRange(side.GetRange(side.Count - take, take));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }
}
