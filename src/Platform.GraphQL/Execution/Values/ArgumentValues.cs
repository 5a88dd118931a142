using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Coerced argument values by name, as resolvers see them. A field has few arguments, so two small
/// arrays searched in order beat a hash table; instances built from constant literals are shared
/// by every request of a plan and never change.
/// </summary>
internal sealed class ArgumentValues : IReadOnlyDictionary<string, object?>
{
    public static readonly ArgumentValues Empty = new(0);

    private readonly string[] _names;
    private readonly object?[] _values;

    public ArgumentValues(int capacity)
    {
        _names = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    public int Count { get; private set; }

    public IEnumerable<string> Keys => _names.Take(Count);

    public IEnumerable<object?> Values => _values.Take(Count);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No argument \"{key}\" was given a value.");

    /// <summary>Only while the values are being coerced.</summary>
    public void Add(string name, object? value)
    {
        _names[Count] = name;
        _values[Count] = value;
        Count++;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    /// <summary>The value of <paramref name="name"/> when it is a boolean, else <paramref name="fallback"/>.</summary>
    public bool GetBoolean(string name, bool fallback) => TryGetValue(name, out var value) && value is bool flag ? flag : fallback;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new KeyValuePair<string, object?>(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(_names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
