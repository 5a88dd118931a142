using System.Collections.Concurrent;
using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>How a field's value is produced.</summary>
internal enum FieldKind
{
    /// <summary><c>__typename</c>: the object type's name, no resolver.</summary>
    TypeName,

    /// <summary>A field of an introspection type, or <c>__schema</c>/<c>__type</c>: the engine's own resolvers.</summary>
    Introspection,

    /// <summary>No resolver bound: read the parent's property or key named like the field.</summary>
    Default,

    /// <summary>The field's <see cref="FieldDefinition.Resolver"/>.</summary>
    Custom,
}

/// <summary>
/// One entry of a collected field set: the response key, every field node merged under it, the
/// field's definition and how to resolve it, its arguments prepared as far as the document allows,
/// and the collected fields of its selection set per runtime object type (built on first use).
/// Shared by every request that runs the same plan variant, so it is immutable apart from caches.
/// </summary>
internal sealed class FieldPlan
{
    private readonly PlanVariant _variant;
    private ChildPlan? _firstChild;
    private ConcurrentDictionary<ObjectType, SelectionPlan>? _moreChildren;
    private IReadOnlyList<ErrorLocation>? _locations;

    public FieldPlan(PlanVariant variant, ObjectType parentType, string responseKey, FieldNode[] nodes, FieldDefinition definition)
    {
        _variant = variant;
        ParentType = parentType;
        ResponseKey = responseKey;
        EncodedKey = JsonEncodedText.Encode(responseKey);
        Nodes = nodes;
        Definition = definition;
        IsNonNull = definition.Type is NonNullType;
        Introspection = IntrospectionResolvers.Find(variant.Operation.Schema, parentType, definition);
        Kind = definition.Name == "__typename" ? FieldKind.TypeName
            : Introspection is not null ? FieldKind.Introspection
            : definition.Resolver is not null ? FieldKind.Custom
            : FieldKind.Default;
        Arguments = ArgumentPlan.Prepare(definition, nodes[0]);
    }

    public ObjectType ParentType { get; }

    public string ResponseKey { get; }

    /// <summary>The response key, escaped once for every response written.</summary>
    public JsonEncodedText EncodedKey { get; }

    public FieldNode[] Nodes { get; }

    public FieldDefinition Definition { get; }

    public FieldKind Kind { get; }

    public IntrospectionResolver? Introspection { get; }

    public bool IsNonNull { get; }

    public ArgumentPlan Arguments { get; }

    /// <summary>The default resolver's accessor for the CLR type last seen (fields see one type almost always).</summary>
    public PropertyAccessor? LastAccessor { get; set; }

    /// <summary>Where the field's nodes are, for errors raised at this field.</summary>
    public IReadOnlyList<ErrorLocation> Locations => _locations ??= LocationsOf(Nodes);

    /// <summary>The collected fields of this field's selection sets on <paramref name="objectType"/>.</summary>
    public SelectionPlan GetChildPlan(ObjectType objectType)
    {
        var first = Volatile.Read(ref _firstChild);
        if (first is null)
        {
            var built = new ChildPlan(objectType, Collect(objectType));
            first = Interlocked.CompareExchange(ref _firstChild, built, null) ?? built;
        }

        if (ReferenceEquals(first.Type, objectType))
        {
            return first.Plan;
        }

        // Fields of abstract types meet several object types; the first has the fast slot.
        var more = Volatile.Read(ref _moreChildren);
        if (more is null)
        {
            Interlocked.CompareExchange(ref _moreChildren, new ConcurrentDictionary<ObjectType, SelectionPlan>(), null);
            more = _moreChildren!;
        }

        return more.GetOrAdd(objectType, static (type, field) => field.Collect(type), this);
    }

    private SelectionPlan Collect(ObjectType objectType)
    {
        var sets = new SelectionSetNode[Nodes.Length];
        var count = 0;
        foreach (var node in Nodes)
        {
            if (node.SelectionSet is { } set)
            {
                sets[count++] = set;
            }
        }

        return FieldCollector.Collect(_variant, objectType, sets.AsSpan(0, count));
    }

    private static ErrorLocation[] LocationsOf(FieldNode[] nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return [.. locations];
    }

    private sealed record ChildPlan(ObjectType Type, SelectionPlan Plan);
}

/// <summary>The collected fields of a selection set on one object type, in response order.</summary>
internal sealed class SelectionPlan(ObjectType type, FieldPlan[] fields)
{
    public ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;
}
