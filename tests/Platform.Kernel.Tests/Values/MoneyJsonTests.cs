using System.Globalization;
using System.Text.Json;
using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class MoneyJsonTests
{
    private static Money Of(string amount, string currency) =>
        new(decimal.Parse(amount, CultureInfo.InvariantCulture), CurrencyCode.Parse(currency));

    [Theory]
    [InlineData("12.5", "USD", """{"amount":12.50,"currency":"USD"}""")]
    [InlineData("1500", "JPY", """{"amount":1500,"currency":"JPY"}""")]
    [InlineData("1.5", "KWD", """{"amount":1.500,"currency":"KWD"}""")]
    [InlineData("-0.125", "USD", """{"amount":-0.125,"currency":"USD"}""")]
    [InlineData("1234567.8", "EUR", """{"amount":1234567.80,"currency":"EUR"}""")]
    public void Serialize_Money_WritesAmountAsNumberWithAtLeastTheMinorUnits(string amount, string currency, string json)
    {
        JsonSerializer.Serialize(Of(amount, currency)).ShouldBe(json);
    }

    [Theory]
    [InlineData("""{"amount":12.50,"currency":"USD"}""", "12.50", "USD")]
    [InlineData("""{"amount":"12.50","currency":"usd"}""", "12.50", "USD")]
    [InlineData("""{"currency":"EUR","amount":-3}""", "-3", "EUR")]
    [InlineData("""{"Amount":1.234,"Currency":"KWD"}""", "1.234", "KWD")]
    [InlineData("""{"amount":1e2,"currency":"JPY"}""", "100", "JPY")]
    [InlineData("""{"amount":"0.0001","currency":"CLF"}""", "0.0001", "CLF")]
    public void Deserialize_AmountAsNumberOrString_ReadsTheExactAmount(string json, string amount, string currency)
    {
        var money = JsonSerializer.Deserialize<Money>(json)!;

        money.ShouldBe(Of(amount, currency));
    }

    [Fact]
    public void RoundTrip_EveryCurrency_ReturnsAnEqualAmount()
    {
        foreach (var currency in CurrencyCode.All)
        {
            var money = new Money(-98765.4321m, currency);

            JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money)).ShouldBe(money, currency.Code);
        }
    }

    [Fact]
    public void Deserialize_UnknownCurrency_ThrowsWithTheCurrencyMessage()
    {
        var exception = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Money>("""{"amount":1,"currency":"XYZ"}"""));

        exception.Message.ShouldStartWith(
            "'XYZ' is not an ISO 4217 currency code: expected three letters of an active currency, such as USD, EUR or JPY.");
        exception.InnerException.ShouldBeOfType<ValueFormatException>();
    }

    [Theory]
    [InlineData("""{"amount":1}""", "needs both 'amount' and 'currency'")]
    [InlineData("""{"currency":"USD"}""", "needs both 'amount' and 'currency'")]
    [InlineData("""{"amount":1,"currency":"USD","tax":2}""", "has no property 'tax'")]
    [InlineData("""{"amount":true,"currency":"USD"}""", "must be a decimal number")]
    [InlineData("""{"amount":"12,50","currency":"USD"}""", "must be a decimal number")]
    [InlineData("""{"amount":1e40,"currency":"USD"}""", "must be a decimal number")]
    [InlineData("""{"amount":1,"currency":840}""", "must be a string such as \"USD\"")]
    [InlineData("""12.50""", "Expected a JSON object such as")]
    [InlineData("""["12.50","USD"]""", "Expected a JSON object such as")]
    public void Deserialize_MalformedMoney_ThrowsSayingWhatIsWrong(string json, string messagePart)
    {
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Money>(json)).Message.ShouldContain(messagePart);
    }
}
