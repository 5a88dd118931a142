using System.Globalization;
using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class MoneyTests
{
    private static CurrencyCode Usd => CurrencyCode.Parse("USD");

    private static CurrencyCode Eur => CurrencyCode.Parse("EUR");

    private static Money Of(string amount, string currency) =>
        new(decimal.Parse(amount, CultureInfo.InvariantCulture), CurrencyCode.Parse(currency));

    [Theory]
    [InlineData("12.345", "USD", "12.35")]
    [InlineData("-12.345", "USD", "-12.35")]
    [InlineData("12.344", "USD", "12.34")]
    [InlineData("2.5", "JPY", "3")]
    [InlineData("1234.4", "JPY", "1234")]
    [InlineData("1.0005", "KWD", "1.001")]
    [InlineData("1.0004", "KWD", "1")]
    [InlineData("0.00005", "CLF", "0.0001")]
    public void Round_Default_RoundsToMinorUnitsWithHalvesAwayFromZero(string amount, string currency, string expected)
    {
        Of(amount, currency).Round().ShouldBe(Of(expected, currency));
    }

    [Theory]
    [InlineData("12.345", "USD", "12.34")]
    [InlineData("12.355", "USD", "12.36")]
    [InlineData("-12.345", "USD", "-12.34")]
    [InlineData("2.5", "JPY", "2")]
    [InlineData("3.5", "JPY", "4")]
    [InlineData("1.0005", "KWD", "1.000")]
    [InlineData("1.0015", "KWD", "1.002")]
    public void Round_ToEven_UsesBankersRounding(string amount, string currency, string expected)
    {
        Of(amount, currency).Round(MidpointRounding.ToEven).ShouldBe(Of(expected, currency));
    }

    [Fact]
    public void Round_AnyCurrency_LeavesNoMoreDecimalsThanItsMinorUnits()
    {
        foreach (var currency in CurrencyCode.All)
        {
            var rounded = new Money(1234.56789m, currency).Round();

            rounded.Amount.Scale.ShouldBeLessThanOrEqualTo((byte)currency.MinorUnits, currency.Code);
            Math.Abs(rounded.Amount - 1234.56789m).ShouldBeLessThanOrEqualTo(0.5m, currency.Code);
        }
    }

    [Fact]
    public void Constructor_NullCurrency_Throws()
    {
        Should.Throw<ArgumentNullException>(() => new Money(1m, null!));
    }

    [Fact]
    public void Zero_Currency_IsZeroInThatCurrency()
    {
        var zero = Money.Zero(Eur);

        zero.Amount.ShouldBe(0m);
        zero.Currency.ShouldBeSameAs(Eur);
    }

    [Fact]
    public void Operators_SameCurrency_AddSubtractNegateAndScaleExactly()
    {
        var price = new Money(10.10m, Usd);
        var fee = new Money(0.25m, Usd);

        (price + fee).ShouldBe(new Money(10.35m, Usd));
        (price - fee).ShouldBe(new Money(9.85m, Usd));
        (-price).ShouldBe(new Money(-10.10m, Usd));
        (price * 0.175m).ShouldBe(new Money(1.7675m, Usd));
        (3m * price).ShouldBe(new Money(30.30m, Usd));
    }

    [Fact]
    public void Add_DifferentCurrencies_ThrowsNamingBothCurrencies()
    {
        var exception = Should.Throw<CurrencyMismatchException>(() => new Money(10m, Usd) + new Money(5m, Eur));

        exception.Message.ShouldBe(
            "Cannot add 10.00 USD and 5.00 EUR: they are in different currencies (USD and EUR); " +
            "convert one to the other's currency first.");
        exception.LeftCurrency.ShouldBeSameAs(Usd);
        exception.RightCurrency.ShouldBeSameAs(Eur);
    }

    [Fact]
    public void SubtractAndCompare_DifferentCurrencies_Throw()
    {
        var dollars = new Money(10m, Usd);
        var euros = new Money(5m, Eur);

        Should.Throw<CurrencyMismatchException>(() => dollars - euros).Message.ShouldStartWith("Cannot subtract 10.00 USD and 5.00 EUR");
        Should.Throw<CurrencyMismatchException>(() => dollars.CompareTo(euros)).Message.ShouldStartWith("Cannot compare");
        Should.Throw<CurrencyMismatchException>(() => dollars < euros);
        Should.Throw<CurrencyMismatchException>(() => dollars > euros);
        Should.Throw<CurrencyMismatchException>(() => dollars <= euros);
        Should.Throw<CurrencyMismatchException>(() => dollars >= euros);
    }

    [Fact]
    public void Comparison_SameCurrency_OrdersByAmount()
    {
        var less = new Money(9.99m, Usd);
        var more = new Money(10m, Usd);

        (less < more).ShouldBeTrue();
        (more > less).ShouldBeTrue();
        (less <= new Money(9.990m, Usd)).ShouldBeTrue();
        (more >= less).ShouldBeTrue();
        (more < less).ShouldBeFalse();
        less.CompareTo(more).ShouldBeLessThan(0);
        less.CompareTo(null).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Equals_SameValueWithDifferentScale_AreEqualWithEqualHashCodes()
    {
        var a = new Money(12.5m, Usd);
        var b = new Money(12.500m, CurrencyCode.Parse("usd"));

        a.ShouldBe(b);
        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    [Fact]
    public void Equals_SameAmountDifferentCurrency_IsFalseRatherThanThrowing()
    {
        (new Money(1m, Usd) == new Money(1m, Eur)).ShouldBeFalse();
        new Money(1m, Usd).Equals(new Money(1m, Eur)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("1234.5", "USD", "1,234.50 USD")]
    [InlineData("1234567.891", "KWD", "1,234,567.891 KWD")]
    [InlineData("1500", "JPY", "1,500 JPY")]
    [InlineData("-0.5", "USD", "-0.50 USD")]
    [InlineData("0", "EUR", "0.00 EUR")]
    [InlineData("0.125", "USD", "0.125 USD")]
    [InlineData("12.3400", "USD", "12.34 USD")]
    [InlineData("1", "CLF", "1.0000 CLF")]
    public void ToString_Invariant_ShowsMinorUnitsAndAnyFurtherDecimals(string amount, string currency, string expected)
    {
        Of(amount, currency).ToString(CultureInfo.InvariantCulture).ShouldBe(expected);
        $"{Of(amount, currency)}".ShouldBe(expected);
    }

    [Fact]
    public void ToString_CurrentCultureGerman_StaysInvariant()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            $"{new Money(1234.5m, Usd)}".ShouldBe("1,234.50 USD");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void ToString_WithCulture_UsesThatCulturesSeparators()
    {
        new Money(1234.5m, Usd).ToString(CultureInfo.GetCultureInfo("de-DE")).ShouldBe("1.234,50 USD");
        new Money(1234.5m, Usd).ToString(CultureInfo.GetCultureInfo("en-IN")).ShouldBe("1,234.50 USD");
        new Money(1234567m, Usd).ToString(CultureInfo.GetCultureInfo("en-IN")).ShouldBe("12,34,567.00 USD");
    }

    [Theory]
    [InlineData("1,234.50 USD", "1234.50", "USD")]
    [InlineData("1234.5 usd", "1234.5", "USD")]
    [InlineData("  -0.125 KWD ", "-0.125", "KWD")]
    [InlineData("1500 JPY", "1500", "JPY")]
    [InlineData("12.50  EUR", "12.50", "EUR")]
    public void Parse_InvariantForm_ReadsAmountAndCurrency(string input, string amount, string currency)
    {
        Money.Parse(input).ShouldBe(Of(amount, currency));
    }

    [Fact]
    public void Parse_WhatToStringWrote_RoundTrips()
    {
        foreach (var currency in CurrencyCode.All)
        {
            var money = new Money(-9876543.21987m, currency);

            Money.Parse(money.ToString(CultureInfo.InvariantCulture)).ShouldBe(money);
        }
    }

    [Theory]
    [InlineData("12.50")]
    [InlineData("USD 12.50")]
    [InlineData("12,50 EUR x")]
    [InlineData("12.50 XYZ")]
    [InlineData("twelve USD")]
    [InlineData("1.234,50 EUR")]
    public void Parse_NotAmountThenCode_ThrowsNamingTheValue(string input)
    {
        var exception = Should.Throw<ValueFormatException>(() => Money.Parse(input));

        exception.Message.ShouldBe(
            $"'{input}' is not an amount of money: expected a decimal amount followed by an ISO 4217 currency code, " +
            "such as 1,234.50 USD.");
        Money.TryParse(input, out var result).ShouldBeFalse();
        result.ShouldBeNull();
    }
}
