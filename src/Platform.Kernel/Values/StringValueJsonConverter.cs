using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Values;

/// <summary>
/// Writes a value type as its canonical string and reads it back through its Parse, so a
/// rejected value surfaces as a JsonException that carries the same clear message.
/// Also handles the value as a dictionary key.
/// </summary>
internal sealed class StringValueJsonConverter<T> : JsonConverter<T>
    where T : class, IParsable<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        return ParseOrThrow(reader.GetString());
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseOrThrow(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString()!);

    private static T ParseOrThrow(string? text)
    {
        try
        {
            return T.Parse(text!, provider: null);
        }
        catch (ValueFormatException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }
}
