using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.Types;

/// <summary>
/// Shows a value in an error message the way graphql-js's <c>inspect</c> does: strings quoted,
/// lists bracketed, objects as <c>{ key: value }</c> (JSON values too, so that messages about a
/// request's variables read the same as the reference implementation's).
/// </summary>
internal static class ValueText
{
    private const int MaxItems = 10;

    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        JsonElement element => InspectJson(element, 0),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IDictionary dictionary => InspectDictionary(dictionary),
        IEnumerable items => InspectList(items),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private const int MaxJsonDepth = 2;

    // graphql-js shows nested containers past two levels as [Object] / [Array], and at most ten items.
    private static string InspectJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Object when !element.EnumerateObject().Any() => "{}",
        JsonValueKind.Object when depth >= MaxJsonDepth => "[Object]",
        JsonValueKind.Object => "{ " + string.Join(", ", element.EnumerateObject().Select(p => $"{p.Name}: {InspectJson(p.Value, depth + 1)}")) + " }",
        JsonValueKind.Array when element.GetArrayLength() == 0 => "[]",
        JsonValueKind.Array when depth >= MaxJsonDepth => "[Array]",
        JsonValueKind.Array => InspectJsonArray(element, depth),
        JsonValueKind.Undefined => "undefined",
        _ => element.GetRawText(),
    };

    private static string InspectJsonArray(JsonElement array, int depth)
    {
        var items = array.EnumerateArray().Take(MaxItems).Select(item => InspectJson(item, depth + 1)).ToList();
        var remaining = array.GetArrayLength() - items.Count;
        if (remaining > 0)
        {
            items.Add(remaining == 1 ? "... 1 more item" : $"... {remaining} more items");
        }

        return "[" + string.Join(", ", items) + "]";
    }

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    private static string InspectList(IEnumerable items)
    {
        var parts = new List<string>();
        foreach (var item in items)
        {
            if (parts.Count == MaxItems)
            {
                parts.Add("...");
                break;
            }

            parts.Add(Inspect(item));
        }

        return "[" + string.Join(", ", parts) + "]";
    }

    private static string InspectDictionary(IDictionary dictionary)
    {
        var parts = new List<string>();
        foreach (DictionaryEntry entry in dictionary)
        {
            parts.Add($"{entry.Key}: {Inspect(entry.Value)}");
        }

        return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
    }
}
