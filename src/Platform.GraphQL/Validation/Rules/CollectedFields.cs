using System.Runtime.CompilerServices;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>A field selected somewhere, with the type it was selected on and its definition there (null when unknown).</summary>
internal readonly record struct FieldEntry(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition)
{
    /// <summary>No arguments and no selections: two such fields of one name and type can never conflict.</summary>
    public bool IsSimpleLeaf => Node.Arguments.IsEmpty && Node.SelectionSet is null;
}

/// <summary>
/// The fields of a selection set grouped by response name, inline fragments flattened in, and the
/// names of the fragments it spreads (not expanded). Built once per selection set and parent type,
/// and remembers which fragments it was already compared with.
/// </summary>
internal sealed class CollectedFields
{
    private CollectedFields()
    {
    }

    /// <summary>Response names in order of first appearance.</summary>
    public List<string> ResponseNames { get; } = [];

    public Dictionary<string, List<FieldEntry>> ByResponseName { get; } = new(StringComparer.Ordinal);

    /// <summary>The fragments spread directly (through inline fragments too), each once, in order.</summary>
    public List<string> FragmentNames { get; } = [];

    /// <summary>Fragments already compared with these fields, and whether that was under mutually exclusive parents.</summary>
    public Dictionary<string, bool>? ComparedFragments { get; set; }

    /// <summary>For another collection: the response names both have, in this collection's order.</summary>
    public Dictionary<CollectedFields, List<string>>? Overlaps { get; set; }

    public bool HasFields => ResponseNames.Count > 0;

    public static CollectedFields Collect(Schema schema, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var collected = new CollectedFields();
        collected.Add(schema, parentType, selectionSet);
        return collected;
    }

    private void Add(Schema schema, NamedType? parentType, SelectionSetNode selectionSet)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var responseName = field.Alias?.Value ?? field.Name.Value;
                    if (!ByResponseName.TryGetValue(responseName, out var entries))
                    {
                        ByResponseName[responseName] = entries = [];
                        ResponseNames.Add(responseName);
                    }

                    entries.Add(new FieldEntry(parentType, field, (parentType as ComplexType)?.FindField(field.Name.Value)));
                    break;
                case FragmentSpreadNode spread:
                    if (!FragmentNames.Contains(spread.Name.Value))
                    {
                        FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition ? schema.FindType(condition.Name.Value) : parentType;
                    Add(schema, type, inline.SelectionSet);
                    break;
            }
        }
    }
}
