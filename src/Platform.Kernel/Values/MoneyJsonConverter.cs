using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Values;

/// <summary>
/// Money in JSON: <c>{"amount": 12.50, "currency": "USD"}</c>. The amount is written as a
/// number with at least the currency's minor units; on read it may also be a string
/// ("12.50"), since some clients send decimals as strings to avoid binary floating point.
/// Property names are matched without regard to case; any other property is rejected so a
/// misspelt field cannot silently drop part of a price.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private const string Shape = "a JSON object such as {\"amount\": 12.50, \"currency\": \"USD\"}";

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {Shape} for an amount of money, found {reader.TokenType}.");
        }

        decimal? amount = null;
        CurrencyCode? currency = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "amount", StringComparison.OrdinalIgnoreCase))
            {
                amount = ReadAmount(ref reader);
            }
            else if (string.Equals(name, "currency", StringComparison.OrdinalIgnoreCase))
            {
                currency = ReadCurrency(ref reader);
            }
            else
            {
                throw new JsonException($"An amount of money has no property '{name}': expected {Shape}.");
            }
        }

        return amount is null || currency is null
            ? throw new JsonException($"An amount of money needs both 'amount' and 'currency': expected {Shape}.")
            : new Money(amount.Value, currency);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        // Adding a zero of the currency's scale pads 12.5 to 12.50 without changing the value.
        writer.WriteNumber("amount", value.Amount + new decimal(0, 0, 0, false, (byte)value.Currency.MinorUnits));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }

    private static decimal ReadAmount(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String && decimal.TryParse(
            reader.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new JsonException(
            $"The amount of money must be a decimal number, or a string holding one such as \"12.50\", found {reader.TokenType}.");
    }

    private static CurrencyCode ReadCurrency(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"The currency of an amount of money must be a string such as \"USD\", found {reader.TokenType}.");
        }

        try
        {
            return CurrencyCode.Parse(reader.GetString()!);
        }
        catch (ValueFormatException exception)
        {
            throw new JsonException(exception.Message, exception);
        }
    }
}
