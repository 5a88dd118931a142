using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Platform.GraphQL.Execution;

/// <summary>
/// An object or list of the response being built. Each knows its place in its parent, so a field
/// error finds its path and its nearest nullable ancestor without any per-field bookkeeping.
/// </summary>
internal abstract class ResultNode(ResultNode? parent, int indexInParent)
{
    public ResultNode? Parent { get; } = parent;

    public int IndexInParent { get; } = indexInParent;

    /// <summary>Set when a null propagated through this node: it is not in the response, and its pending work is dropped.</summary>
    public bool IsDead { get; set; }

    public abstract void Set(int index, object? value);

    /// <summary>Whether the value at <paramref name="index"/> has a non-null type.</summary>
    public abstract bool IsNonNullAt(int index);

    /// <summary>The path segment of <paramref name="index"/>: a response key or a list index.</summary>
    public abstract object PathSegment(int index);
}

/// <summary>An object of the response: the values of a <see cref="SelectionPlan"/>'s fields, in response order.</summary>
internal sealed class ResultObject : ResultNode, IReadOnlyDictionary<string, object?>
{
    public ResultObject(SelectionPlan plan, object? source, ResultNode? parent, int indexInParent)
        : base(parent, indexInParent)
    {
        Plan = plan;
        Source = source;
        Values = plan.Fields.Length == 0 ? [] : new object?[plan.Fields.Length];
    }

    public SelectionPlan Plan { get; }

    /// <summary>The parent value the fields are resolved on.</summary>
    public object? Source { get; }

    public object?[] Values { get; }

    /// <summary>The next field to execute.</summary>
    public int Cursor { get; set; }

    /// <summary>Whether the fields run one after another, each with everything under it (mutation root fields).</summary>
    public bool IsSerial { get; init; }

    public int Count => Values.Length;

    public IEnumerable<string> Keys => Plan.Fields.Select(fieldPlan => fieldPlan.ResponseKey);

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The response has no \"{key}\" here.");

    public override void Set(int index, object? value) => Values[index] = value;

    public override bool IsNonNullAt(int index) => Plan.Fields[index].IsNonNull;

    public override object PathSegment(int index) => Plan.Fields[index].ResponseKey;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Values.Length; i++)
        {
            yield return new(Plan.Fields[i].ResponseKey, Values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        var fields = Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].ResponseKey == key)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A list of the response.</summary>
internal sealed class ResultList(ResultNode parent, int indexInParent, int count, bool itemsAreNonNull)
    : ResultNode(parent, indexInParent), IReadOnlyList<object?>
{
    public object?[] Items { get; } = count == 0 ? [] : new object?[count];

    public int Count => Items.Length;

    public object? this[int index] => Items[index];

    public override void Set(int index, object? value) => Items[index] = value;

    public override bool IsNonNullAt(int index) => itemsAreNonNull;

    public override object PathSegment(int index) => index;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();
}
