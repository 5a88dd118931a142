using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class ValueFormatExceptionTests
{
    [Fact]
    public void Constructor_Value_MessageNamesKindValueAndExpectation()
    {
        var exception = new ValueFormatException("ISO 4217 currency code", "USDX", "three letters");

        exception.Message.ShouldBe("'USDX' is not an ISO 4217 currency code: expected three letters.");
        exception.ValueKind.ShouldBe("ISO 4217 currency code");
        exception.Value.ShouldBe("USDX");
        exception.Expected.ShouldBe("three letters");
        exception.ShouldBeAssignableTo<FormatException>();
    }

    [Fact]
    public void Constructor_KindStartingWithConsonant_UsesArticleA()
    {
        var exception = new ValueFormatException("BCP 47 language tag", "en_US", "hyphens");

        exception.Message.ShouldBe("'en_US' is not a BCP 47 language tag: expected hyphens.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_NoValue_MessageSaysNoneWasGiven(string? value)
    {
        var exception = new ValueFormatException("E.164 phone number", value, "a number starting with +");

        exception.Message.ShouldBe("No E.164 phone number was given: expected a number starting with +.");
        exception.Value.ShouldBe(value);
    }

    [Fact]
    public void Constructor_LongValue_CutsTheMessageButKeepsTheValue()
    {
        var value = new string('A', 500);

        var exception = new ValueFormatException("ISO 4217 currency code", value, "three letters");

        exception.Message.ShouldBe($"'{new string('A', 64)}…' is not an ISO 4217 currency code: expected three letters.");
        exception.Value.ShouldBe(value);
    }
}
