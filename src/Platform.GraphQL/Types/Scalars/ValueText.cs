using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.Types;

/// <summary>Shows a value in an error message the way JSON would write it: strings quoted, lists bracketed.</summary>
internal static class ValueText
{
    private const int MaxItems = 10;

    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        JsonElement element => element.GetRawText(),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IDictionary dictionary => InspectDictionary(dictionary),
        IEnumerable items => InspectList(items),
        _ => value.ToString() ?? value.GetType().Name,
    };

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
