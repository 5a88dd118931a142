using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class CurrencyCodeTests
{
    [Theory]
    [InlineData("USD", 840, 2)]
    [InlineData("EUR", 978, 2)]
    [InlineData("GBP", 826, 2)]
    [InlineData("JPY", 392, 0)]
    [InlineData("KRW", 410, 0)]
    [InlineData("XOF", 952, 0)]
    [InlineData("KWD", 414, 3)]
    [InlineData("BHD", 48, 3)]
    [InlineData("OMR", 512, 3)]
    [InlineData("CLF", 990, 4)]
    [InlineData("UYW", 927, 4)]
    [InlineData("ALL", 8, 2)]
    [InlineData("AED", 784, 2)]
    [InlineData("SAR", 682, 2)]
    [InlineData("TRY", 949, 2)]
    public void Parse_ActiveCode_HasStandardNumericCodeAndMinorUnits(string code, int numeric, int minorUnits)
    {
        var currency = CurrencyCode.Parse(code);

        currency.Code.ShouldBe(code);
        currency.NumericCode.ShouldBe(numeric);
        currency.MinorUnits.ShouldBe(minorUnits);
    }

    [Theory]
    [InlineData("usd", "USD")]
    [InlineData("Eur", "EUR")]
    [InlineData("  jpy ", "JPY")]
    public void Parse_AnyLetterCaseOrSurroundingSpaces_NormalisesToUpperCase(string input, string expected)
    {
        CurrencyCode.Parse(input).Code.ShouldBe(expected);
    }

    [Fact]
    public void Parse_SameCodeInDifferentCase_ReturnsTheSameInstance()
    {
        CurrencyCode.Parse("usd").ShouldBeSameAs(CurrencyCode.Parse("USD"));
        (CurrencyCode.Parse("eur") == CurrencyCode.Parse("EUR")).ShouldBeTrue();
        (CurrencyCode.Parse("EUR") == CurrencyCode.Parse("USD")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("USDX")]
    [InlineData("US")]
    [InlineData("U$D")]
    [InlineData("840")]
    [InlineData("HRK")] // replaced by the euro in 2023
    [InlineData("DEM")] // withdrawn
    [InlineData("XAU")] // gold: no minor unit
    [InlineData("XXX")] // "no currency"
    [InlineData("XTS")] // reserved for testing
    [InlineData("U S D")]
    public void Parse_UnknownWithdrawnOrUnitlessCode_Throws(string input)
    {
        var exception = Should.Throw<ValueFormatException>(() => CurrencyCode.Parse(input));

        exception.Value.ShouldBe(input);
        exception.ValueKind.ShouldBe("ISO 4217 currency code");
        CurrencyCode.TryParse(input, out var result).ShouldBeFalse();
        result.ShouldBeNull();
    }

    [Fact]
    public void Parse_UnknownCode_MessageNamesValueAndWhatIsExpected()
    {
        var exception = Should.Throw<ValueFormatException>(() => CurrencyCode.Parse("USDX"));

        exception.Message.ShouldBe(
            "'USDX' is not an ISO 4217 currency code: expected three letters of an active currency, such as USD, EUR or JPY.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Parse_NullOrEmpty_MessageSaysNoCodeWasGiven(string? input)
    {
        var exception = Should.Throw<ValueFormatException>(() => CurrencyCode.Parse(input!));

        exception.Message.ShouldBe(
            "No ISO 4217 currency code was given: expected three letters of an active currency, such as USD, EUR or JPY.");
        CurrencyCode.TryParse(input, out _).ShouldBeFalse();
    }

    [Fact]
    public void All_EveryEntry_IsThreeUpperCaseLettersWithUniqueCodesAndSensibleMinorUnits()
    {
        CurrencyCode.All.Count.ShouldBeGreaterThan(150);
        CurrencyCode.All.Select(currency => currency.Code).ShouldBeUnique();
        CurrencyCode.All.Select(currency => currency.NumericCode).ShouldBeUnique();
        foreach (var currency in CurrencyCode.All)
        {
            currency.Code.ShouldMatch("^[A-Z]{3}$");
            currency.NumericCode.ShouldBeInRange(1, 999);
            currency.MinorUnits.ShouldBeInRange(0, 4);
            CurrencyCode.Parse(currency.Code.ToLowerInvariant()).ShouldBeSameAs(currency);
        }
    }

    [Fact]
    public void All_IsInCodeOrder()
    {
        CurrencyCode.All.Select(currency => currency.Code).ShouldBe(
            CurrencyCode.All.Select(currency => currency.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ToString_ReturnsTheCode()
    {
        CurrencyCode.Parse("chf").ToString().ShouldBe("CHF");
    }
}
