using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Writes a response as JSON, straight from the result tree: <c>errors</c> first (the
/// specification suggests it), then <c>data</c> in response-key order with the keys escaped once
/// per plan. Leaf values are what the scalars' Serialize returned.
/// </summary>
internal static class ResponseWriter
{
    private static readonly JsonEncodedText _errors = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText _data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText _message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText _locations = JsonEncodedText.Encode("locations");
    private static readonly JsonEncodedText _line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText _column = JsonEncodedText.Encode("column");
    private static readonly JsonEncodedText _path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText _extensions = JsonEncodedText.Encode("extensions");

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName(_errors);
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName(_data);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(_extensions);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, ExecutionError error)
    {
        writer.WriteStartObject();
        writer.WriteString(_message, error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName(_locations);
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber(_line, location.Line);
                writer.WriteNumber(_column, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName(_path);
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName(_extensions);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case ResultObject result:
                WriteObject(writer, result);
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case float number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                WriteOther(writer, value);
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, ResultObject result)
    {
        writer.WriteStartObject();
        var fields = result.Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(fields[i].EncodedKey);
            WriteValue(writer, result.Values[i]);
        }

        writer.WriteEndObject();
    }

    // What custom scalars and extensions may hold: other numbers, maps and lists.
    private static void WriteOther(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case short or ushort or byte or sbyte or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IDictionary map:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
