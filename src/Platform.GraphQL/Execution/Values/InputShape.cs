using System.Collections;
using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Reads variable values whatever the transport made of them: <see cref="JsonElement"/>s, or CLR
/// values (dictionaries for objects, enumerables for lists, primitives).
/// </summary>
internal static class InputShape
{
    public static bool IsNull(object? value) => value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

    public static bool IsObject(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Object } or IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    public static bool IsList(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Array } || (value is IEnumerable and not string && !IsObject(value));

    /// <summary>The items of a value for which <see cref="IsList"/> holds.</summary>
    public static List<object?> Items(object value)
    {
        var items = new List<object?>();
        if (value is JsonElement element)
        {
            foreach (var item in element.EnumerateArray())
            {
                items.Add(item);
            }
        }
        else
        {
            foreach (var item in (IEnumerable)value)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>The entry <paramref name="name"/> of an object value; true also when it is present and null.</summary>
    public static bool TryGetField(object value, string name, out object? field)
    {
        switch (value)
        {
            case JsonElement element when element.TryGetProperty(name, out var property):
                field = property;
                return true;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out field);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out field);
            case IDictionary legacy when legacy.Contains(name):
                field = legacy[name];
                return true;
            default:
                field = null;
                return false;
        }
    }

    /// <summary>The entry names of an object value, in order.</summary>
    public static List<string> FieldNames(object value)
    {
        var names = new List<string>();
        switch (value)
        {
            case JsonElement element:
                foreach (var property in element.EnumerateObject())
                {
                    names.Add(property.Name);
                }

                break;
            case IReadOnlyDictionary<string, object?> readOnly:
                names.AddRange(readOnly.Keys);
                break;
            case IDictionary<string, object?> dictionary:
                names.AddRange(dictionary.Keys);
                break;
            case IDictionary legacy:
                foreach (var key in legacy.Keys)
                {
                    names.Add(key?.ToString() ?? string.Empty);
                }

                break;
        }

        return names;
    }
}
