using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

/// <summary>Generic code (route binding, GraphQL scalars) reaches the types through IParsable.</summary>
public class ParsableContractTests
{
    private static (T Parsed, bool RejectsBadInput) ThroughInterface<T>(string valid, string invalid)
        where T : IParsable<T>
    {
        var parsed = T.Parse(valid, provider: null);
        T.TryParse(valid, provider: null, out var tried).ShouldBeTrue();
        tried.ShouldBe(parsed);
        Should.Throw<ValueFormatException>(() => T.Parse(invalid, provider: null));
        return (parsed, !T.TryParse(invalid, provider: null, out _));
    }

    [Fact]
    public void Parse_ThroughIParsable_BehavesLikeTheStaticMethods()
    {
        ThroughInterface<CurrencyCode>("eur", "EURO").ShouldBe((CurrencyCode.Parse("EUR"), true));
        ThroughInterface<CountryCode>("deu", "DDR").ShouldBe((CountryCode.Parse("DE"), true));
        ThroughInterface<LanguageTag>("EN-gb", "en_GB").ShouldBe((LanguageTag.Parse("en-GB"), true));
        ThroughInterface<TimeZoneId>("Europe/Berlin", "Europe/Bonn").ShouldBe((TimeZoneId.Parse("Europe/Berlin"), true));
        ThroughInterface<PhoneNumber>("+49 30 901820", "030 901820").ShouldBe((PhoneNumber.Parse("+4930901820"), true));
        ThroughInterface<Money>("1.50 EUR", "1.50").ShouldBe((new Money(1.5m, CurrencyCode.Parse("EUR")), true));
    }
}
