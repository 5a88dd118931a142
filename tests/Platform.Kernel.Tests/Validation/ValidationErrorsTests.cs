using Platform.Kernel.Validation;
using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Validation;

public sealed class ValidationErrorsTests
{
    [Fact]
    public void Parses_WithABadCurrency_ReportsFieldValueAndWhatTheValueTypeExpects()
    {
        var errors = new ValidationErrors();

        var ok = errors.Parses("deposit.currency", "USDX", CurrencyCode.Parse);

        ok.ShouldBeFalse();
        var error = errors.All.ShouldHaveSingleItem();
        (error.Field, error.AttemptedValue, error.Rule).ShouldBe(("deposit.currency", "USDX", "Format"));
        error.Message.ShouldBe("'deposit.currency' is not an ISO 4217 currency code: expected three letters of an active currency, such as USD, EUR or JPY; got 'USDX'.");
    }

    [Fact]
    public void Parses_WithAGoodValue_AddsNothing()
    {
        var errors = new ValidationErrors();

        errors.Parses("phone", "+44 20 7946 0958", PhoneNumber.Parse).ShouldBeTrue();

        errors.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Add_WithALongValue_EchoesOnlyItsStart()
    {
        var errors = new ValidationErrors();

        errors.MaxLength("note", new string('a', 300), 200);

        errors.All[0].AttemptedValue!.Length.ShouldBe(81);
        errors.All[0].Message.ShouldContain("must be at most 200 characters long (it has 300)");
    }

    [Fact]
    public void InRange_OutsideTheRange_SaysTheBounds()
    {
        var errors = new ValidationErrors();

        errors.InRange("nights", 0, 1, 90);

        errors.All.ShouldHaveSingleItem().Message.ShouldBe("'nights' must be between 1 and 90; got '0'.");
    }

    [Fact]
    public void InRange_WithDates_EchoesThemAsIso8601()
    {
        var errors = new ValidationErrors();

        errors.InRange("dateOfBirth", new DateOnly(1890, 1, 31), new DateOnly(1900, 1, 1), new DateOnly(2026, 11, 22));

        errors.All.ShouldHaveSingleItem().AttemptedValue.ShouldBe("1890-01-31");
    }

    [Fact]
    public void AddNested_PutsAnItemsErrorsUnderItsPath_InFieldAndMessage()
    {
        var row = new ValidationErrors();
        row.Parses("identity.nationality", "XX", CountryCode.Parse);
        var batch = new ValidationErrors();

        batch.AddNested("patients[3]", row);

        var error = batch.All.ShouldHaveSingleItem();
        (error.Field, error.AttemptedValue, error.Rule).ShouldBe(("patients[3].identity.nationality", "XX", "Format"));
        error.Message.ShouldStartWith("'patients[3].identity.nationality' is not an ISO 3166-1 country code");
        error.Message.ShouldEndWith("got 'XX'.");
    }
}
