using System.Globalization;
using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class MoneyAllocationTests
{
    private static Money Of(string amount, string currency) =>
        new(decimal.Parse(amount, CultureInfo.InvariantCulture), CurrencyCode.Parse(currency));

    private static decimal[] Amounts(IEnumerable<Money> parts) => [.. parts.Select(part => part.Amount)];

    [Theory]
    [InlineData("100.00", "USD", 3, new[] { "33.34", "33.33", "33.33" })]
    [InlineData("-100.00", "USD", 3, new[] { "-33.34", "-33.33", "-33.33" })]
    [InlineData("0.05", "USD", 3, new[] { "0.02", "0.02", "0.01" })]
    [InlineData("1000", "JPY", 3, new[] { "334", "333", "333" })]
    [InlineData("10.000", "KWD", 3, new[] { "3.334", "3.333", "3.333" })]
    [InlineData("1", "CLF", 3, new[] { "0.3334", "0.3333", "0.3333" })]
    [InlineData("0.02", "USD", 4, new[] { "0.01", "0.01", "0", "0" })]
    [InlineData("7.77", "EUR", 1, new[] { "7.77" })]
    public void Split_IntoParts_GivesLeftoverUnitsToTheFirstParts(string amount, string currency, int parts, string[] expected)
    {
        var split = Of(amount, currency).Split(parts);

        Amounts(split).ShouldBe(expected.Select(text => decimal.Parse(text, CultureInfo.InvariantCulture)));
        split.ShouldAllBe(part => part.Currency == CurrencyCode.Parse(currency));
    }

    [Fact]
    public void Allocate_ByRatios_SharesInProportionAndGivesLeftoverToFirstParts()
    {
        Amounts(Of("100.00", "USD").Allocate(70, 30)).ShouldBe([70m, 30m]);
        Amounts(Of("0.05", "USD").Allocate(3, 7)).ShouldBe([0.02m, 0.03m]);
        Amounts(Of("0.03", "USD").Allocate(0.5m, 0.25m, 0.25m)).ShouldBe([0.02m, 0.01m, 0m]);
        Amounts(Of("10", "JPY").Allocate(1, 1, 1, 1)).ShouldBe([3m, 3m, 2m, 2m]);
    }

    [Fact]
    public void Allocate_ZeroRatio_AlwaysGetsNothing()
    {
        Amounts(Of("0.01", "USD").Allocate(0, 1, 1)).ShouldBe([0m, 0.01m, 0m]);
        Amounts(Of("1.00", "USD").Allocate(0, 1, 1)).ShouldBe([0m, 0.50m, 0.50m]);
    }

    [Fact]
    public void Allocate_RandomAmountsAndRatios_SumsExactlyAndStaysWithinOneUnitOfEachExactShare()
    {
        var random = new Random(4217);
        CurrencyCode[] currencies = [.. ((string[])["USD", "JPY", "KWD", "CLF"]).Select(CurrencyCode.Parse)];
        for (var run = 0; run < 2000; run++)
        {
            var currency = currencies[random.Next(currencies.Length)];
            var unit = 1m / (decimal)Math.Pow(10, currency.MinorUnits);
            var total = new Money(random.NextInt64(-10_000_000, 10_000_000) * unit, currency);
            var ratios = Enumerable.Range(0, random.Next(1, 9))
                .Select(_ => random.Next(4) == 0 ? 0m : random.Next(1, 1000) / 100m).ToArray();
            if (ratios.All(ratio => ratio == 0))
            {
                ratios[0] = 1m;
            }

            var parts = total.Allocate(ratios);

            parts.Count.ShouldBe(ratios.Length);
            parts.Sum(part => part.Amount).ShouldBe(total.Amount, $"{total} by {string.Join(':', ratios)}");
            for (var i = 0; i < parts.Count; i++)
            {
                var exactShare = total.Amount * ratios[i] / ratios.Sum();
                Math.Abs(parts[i].Amount - exactShare).ShouldBeLessThanOrEqualTo(unit);
                (parts[i].Amount % unit).ShouldBe(0m);
                parts[i].Currency.ShouldBeSameAs(currency);
                if (ratios[i] == 0)
                {
                    parts[i].Amount.ShouldBe(0m);
                }
            }
        }
    }

    [Fact]
    public void Split_RandomAmounts_PartsSumExactlyAndDescendByAtMostOneUnit()
    {
        var random = new Random(3166);
        foreach (var currency in CurrencyCode.All)
        {
            var unit = 1m / (decimal)Math.Pow(10, currency.MinorUnits);
            var total = new Money(random.NextInt64(0, 1_000_000_000) * unit, currency);
            var count = random.Next(1, 13);

            var parts = Amounts(total.Split(count));

            parts.Sum().ShouldBe(total.Amount, currency.Code);
            (parts[0] - parts[^1]).ShouldBeInRange(0m, unit);
            parts.ShouldBe(parts.OrderDescending());
        }
    }

    [Fact]
    public void Allocate_HugeAmountAndFineRatios_StaysExact()
    {
        var total = new Money(79_228_162_514_264_337_593_543_950.33m, CurrencyCode.Parse("USD"));

        var parts = total.Allocate(1m / 3m, 1m / 7m, 0.0000000000000000000000000001m);

        parts.Sum(part => part.Amount).ShouldBe(total.Amount);
    }

    [Fact]
    public void Allocate_AmountFinerThanTheMinorUnit_ThrowsAskingToRoundFirst()
    {
        var exception = Should.Throw<InvalidOperationException>(() => Of("10.005", "USD").Split(2));

        exception.Message.ShouldBe(
            "Cannot divide 10.005 USD: it has more decimals than the 2 minor units of USD. Round it first, then divide.");
        Should.NotThrow(() => Of("10.005", "USD").Round().Split(2));
        Should.NotThrow(() => Of("10.000", "USD").Split(2));
    }

    [Fact]
    public void Allocate_InvalidRatios_Throw()
    {
        var money = Of("10", "USD");

        Should.Throw<ArgumentException>(() => money.Allocate()).Message.ShouldStartWith("Give at least one ratio");
        Should.Throw<ArgumentException>(() => money.Allocate(1, -1)).Message.ShouldStartWith("Ratios cannot be negative, but -1");
        Should.Throw<ArgumentException>(() => money.Allocate(0, 0)).Message.ShouldStartWith("At least one ratio must be above zero");
        Should.Throw<ArgumentOutOfRangeException>(() => money.Split(0));
    }
}
