using System.Text.Json;
using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class ValueJsonTests
{
    public sealed record Visit(
        CurrencyCode Currency, CountryCode Country, LanguageTag Language, TimeZoneId Zone, PhoneNumber Phone, Money Price);

    private static Visit Sample() => new(
        CurrencyCode.Parse("USD"),
        CountryCode.Parse("ARE"),
        LanguageTag.Parse("ar-ae"),
        TimeZoneId.Parse("Asia/Dubai"),
        PhoneNumber.Parse("+971 4 123 4567"),
        new Money(12.5m, CurrencyCode.Parse("USD")));

    [Fact]
    public void Serialize_ValueTypes_WritesTheirCanonicalStringsAndMoneyAsAnObject()
    {
        // The default encoder escapes "+" as \u002B; any JSON reader reads it back as "+".
        JsonSerializer.Serialize(Sample()).ShouldBe(
            """{"Currency":"USD","Country":"AE","Language":"ar-AE","Zone":"Asia/Dubai","Phone":"\u002B97141234567","Price":{"amount":12.50,"currency":"USD"}}""");
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(Sample()));
        document.RootElement.GetProperty("Phone").GetString().ShouldBe("+97141234567");
    }

    [Fact]
    public void Deserialize_UnnormalisedStrings_ReadsCanonicalValues()
    {
        var visit = JsonSerializer.Deserialize<Visit>(
            """{"Currency":"usd","Country":"are","Language":"AR-ae","Zone":"asia/dubai","Phone":"00971 4 123 4567","Price":{"amount":"12.50","currency":"usd"}}""");

        visit.ShouldBe(Sample());
    }

    [Fact]
    public void Deserialize_Nulls_GiveNullProperties()
    {
        var visit = JsonSerializer.Deserialize<Visit>(
            """{"Currency":null,"Country":null,"Language":null,"Zone":null,"Phone":null,"Price":null}""")!;

        visit.Currency.ShouldBeNull();
        visit.Country.ShouldBeNull();
        visit.Price.ShouldBeNull();
    }

    [Theory]
    [InlineData("\"USDX\"", typeof(CurrencyCode), "'USDX' is not an ISO 4217 currency code")]
    [InlineData("\"XK\"", typeof(CountryCode), "'XK' is not an ISO 3166-1 country code")]
    [InlineData("\"en_US\"", typeof(LanguageTag), "'en_US' is not a BCP 47 language tag")]
    [InlineData("\"Mars/Base\"", typeof(TimeZoneId), "'Mars/Base' is not an IANA time zone id")]
    [InlineData("\"020 7946 0958\"", typeof(PhoneNumber), "'020 7946 0958' is not an E.164 phone number")]
    [InlineData("\"\"", typeof(CurrencyCode), "No ISO 4217 currency code was given")]
    public void Deserialize_RejectedString_ThrowsJsonExceptionWithTheValueMessage(string json, Type type, string messageStart)
    {
        var exception = Should.Throw<JsonException>(() => JsonSerializer.Deserialize(json, type));

        exception.Message.ShouldStartWith(messageStart);
        exception.InnerException.ShouldBeOfType<ValueFormatException>();
    }

    [Theory]
    [InlineData("840", typeof(CurrencyCode))]
    [InlineData("true", typeof(CountryCode))]
    [InlineData("[\"en\"]", typeof(LanguageTag))]
    [InlineData("{}", typeof(PhoneNumber))]
    public void Deserialize_NonStringToken_ThrowsJsonException(string json, Type type)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize(json, type)).Message.ShouldContain("Expected a JSON string");
    }

    [Fact]
    public void Serialize_AsDictionaryKeys_UsesCanonicalStringsBothWays()
    {
        var byCountry = new Dictionary<CountryCode, int> { [CountryCode.Parse("AE")] = 3, [CountryCode.Parse("DE")] = 1 };

        JsonSerializer.Serialize(byCountry).ShouldBe("""{"AE":3,"DE":1}""");
        var read = JsonSerializer.Deserialize<Dictionary<CurrencyCode, int>>("""{"usd":2}""")!;
        read[CurrencyCode.Parse("USD")].ShouldBe(2);
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Dictionary<CountryCode, int>>("""{"ZZ":2}"""));
    }
}
