using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("+44 (0)20 7946 0958", "+442079460958")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    [InlineData("00-44-20-7946-0958", "+442079460958")]
    [InlineData("+1 (212) 555-0123", "+12125550123")]
    [InlineData("+1.212.555.0123", "+12125550123")]
    [InlineData("(+971) 4 123 4567", "+97141234567")]
    [InlineData(" +90 212 555 01 23 ", "+902125550123")]
    [InlineData("+49\u00A030\u00A0901820", "+4930901820")]
    public void Parse_FormattedInternationalNumber_NormalisesToE164(string input, string expected)
    {
        PhoneNumber.Parse(input).Value.ShouldBe(expected);
        PhoneNumber.Parse(input).ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("+442079460958", 44, "2079460958")]
    [InlineData("+12125550123", 1, "2125550123")]
    [InlineData("+79161234567", 7, "9161234567")]
    [InlineData("+97141234567", 971, "41234567")]
    [InlineData("+35312345678", 353, "12345678")]
    [InlineData("+8613812345678", 86, "13812345678")]
    [InlineData("+68312345", 683, "12345")]
    [InlineData("+123456789012345", 1, "23456789012345")]
    public void Parse_Number_SplitsCountryCallingCodeFromNationalNumber(string input, int callingCode, string nationalNumber)
    {
        var number = PhoneNumber.Parse(input);

        number.CountryCallingCode.ShouldBe(callingCode);
        number.NationalNumber.ShouldBe(nationalNumber);
    }

    [Theory]
    [InlineData("020 7946 0958")] // national format: the country is unknown
    [InlineData("0 20 7946 0958")]
    [InlineData("+44 20 7946 0958 ext 12")]
    [InlineData("+44/20/7946/0958")]
    [InlineData("++442079460958")]
    [InlineData("44+2079460958")]
    [InlineData("+0 123 456 789")] // calling codes never start with 0
    [InlineData("+01 212 555 0123")] // not to be read as +1
    [InlineData("+210 1234 5678")] // spare code
    [InlineData("+384 1234 5678")] // spare code
    [InlineData("+1234567")] // 7 digits
    [InlineData("+1234567890123456")] // 16 digits
    [InlineData("+")]
    [InlineData("00")]
    public void Parse_NotAnAssignedInternationalNumber_Throws(string input)
    {
        var exception = Should.Throw<ValueFormatException>(() => PhoneNumber.Parse(input));

        exception.Value.ShouldBe(input);
        exception.ValueKind.ShouldBe("E.164 phone number");
        PhoneNumber.TryParse(input, out var result).ShouldBeFalse();
        result.ShouldBeNull();
    }

    [Theory]
    [InlineData("020 7946 0958", "'020 7946 0958' is not an E.164 phone number: expected an international number starting with + or 00 and the country calling code, such as +44 20 7946 0958 or 00971 4 123 4567.")]
    [InlineData("+210 1234 5678", "'+210 1234 5678' is not an E.164 phone number: expected a country calling code that ITU-T has assigned, such as 1, 44 or 971; none starts +21012345678.")]
    [InlineData("+44 1234", "'+44 1234' is not an E.164 phone number: expected 8 to 15 digits including the country calling code, such as +44 20 7946 0958 or 00971 4 123 4567; 6 digits were given.")]
    [InlineData("+44 20 x", "'+44 20 x' is not an E.164 phone number: expected digits after a single leading + or 00, with only spaces, dashes, dots or parentheses between them, such as +44 20 7946 0958 or 00971 4 123 4567; 'x' is not allowed there.")]
    public void Parse_SpecificProblem_MessageSaysWhatWasWrong(string input, string message)
    {
        Should.Throw<ValueFormatException>(() => PhoneNumber.Parse(input)).Message.ShouldBe(message);
    }

    [Fact]
    public void Parse_Null_MessageSaysNoNumberWasGiven()
    {
        Should.Throw<ValueFormatException>(() => PhoneNumber.Parse(null!)).Message.ShouldBe(
            "No E.164 phone number was given: expected an international number starting with + or 00, " +
            "such as +44 20 7946 0958 or 00971 4 123 4567.");
    }

    [Fact]
    public void Equals_SameNumberWrittenDifferently_AreEqual()
    {
        PhoneNumber.Parse("+44 20 7946 0958").ShouldBe(PhoneNumber.Parse("0044-20-7946-0958"));
        (PhoneNumber.Parse("+44 20 7946 0958") == PhoneNumber.Parse("+44 20 7946 0959")).ShouldBeFalse();
    }

    [Fact]
    public void CallingCodes_NoCodeIsThePrefixOfAnother()
    {
        var codes = CallingCodeTable.Assigned.Select(code => code.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        foreach (var code in codes)
        {
            codes.Where(other => other != code && other.StartsWith(code, StringComparison.Ordinal)).ShouldBeEmpty(code);
        }

        CallingCodeTable.Assigned.ShouldAllBe(code => code >= 1 && code <= 999);
    }

    [Fact]
    public void Parse_EveryAssignedCallingCode_IsRecognised()
    {
        foreach (var code in CallingCodeTable.Assigned)
        {
            var number = PhoneNumber.Parse($"+{code}12345678");

            number.CountryCallingCode.ShouldBe(code);
            number.NationalNumber.ShouldBe("12345678");
        }
    }
}
