using System.Globalization;
using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class CountryCodeTests
{
    [Theory]
    [InlineData("DE", "DEU", 276, "Germany")]
    [InlineData("AE", "ARE", 784, "United Arab Emirates")]
    [InlineData("US", "USA", 840, "United States of America")]
    [InlineData("GB", "GBR", 826, "United Kingdom of Great Britain and Northern Ireland")]
    [InlineData("TR", "TUR", 792, "Türkiye")]
    [InlineData("SA", "SAU", 682, "Saudi Arabia")]
    [InlineData("AF", "AFG", 4, "Afghanistan")]
    [InlineData("SS", "SSD", 728, "South Sudan")]
    [InlineData("AX", "ALA", 248, "Åland Islands")]
    public void Parse_Alpha2OrAlpha3_ReturnsTheSameCountryWithItsCodesAndName(string alpha2, string alpha3, int numeric, string name)
    {
        var byAlpha2 = CountryCode.Parse(alpha2);
        var byAlpha3 = CountryCode.Parse(alpha3);

        byAlpha3.ShouldBeSameAs(byAlpha2);
        byAlpha2.Alpha2.ShouldBe(alpha2);
        byAlpha2.Alpha3.ShouldBe(alpha3);
        byAlpha2.Numeric.ShouldBe(numeric);
        byAlpha2.Name.ShouldBe(name);
    }

    [Theory]
    [InlineData("ae")]
    [InlineData("Ae")]
    [InlineData("are")]
    [InlineData(" ArE ")]
    public void Parse_AnyLetterCase_ReturnsCanonicalCountry(string input)
    {
        CountryCode.Parse(input).Alpha2.ShouldBe("AE");
        CountryCode.Parse(input).ToString().ShouldBe("AE");
    }

    [Theory]
    [InlineData("XK")] // Kosovo: user-assigned, not officially assigned
    [InlineData("UK")] // exceptionally reserved; the code is GB
    [InlineData("EU")]
    [InlineData("ZZ")]
    [InlineData("D")]
    [InlineData("DEUT")]
    [InlineData("276")]
    [InlineData("YUG")] // withdrawn
    public void Parse_UnassignedOrMalformedCode_Throws(string input)
    {
        var exception = Should.Throw<ValueFormatException>(() => CountryCode.Parse(input));

        exception.Value.ShouldBe(input);
        CountryCode.TryParse(input, out var result).ShouldBeFalse();
        result.ShouldBeNull();
    }

    [Fact]
    public void Parse_UnassignedCode_MessageNamesValueAndWhatIsExpected()
    {
        var exception = Should.Throw<ValueFormatException>(() => CountryCode.Parse("XK"));

        exception.Message.ShouldBe(
            "'XK' is not an ISO 3166-1 country code: expected an officially assigned alpha-2 or alpha-3 code, such as DE or DEU, AE or ARE.");
    }

    [Fact]
    public void Parse_Null_MessageSaysNoCodeWasGiven()
    {
        var exception = Should.Throw<ValueFormatException>(() => CountryCode.Parse(null!));

        exception.Message.ShouldStartWith("No ISO 3166-1 country code was given: expected");
    }

    [Fact]
    public void All_HasEveryOfficiallyAssignedCodeOnceWithWellFormedFields()
    {
        CountryCode.All.Count.ShouldBe(249);
        CountryCode.All.Select(country => country.Alpha2).ShouldBeUnique();
        CountryCode.All.Select(country => country.Alpha3).ShouldBeUnique();
        CountryCode.All.Select(country => country.Numeric).ShouldBeUnique();
        CountryCode.All.Select(country => country.Alpha2).ShouldBe(
            CountryCode.All.Select(country => country.Alpha2).Order(StringComparer.Ordinal));
        foreach (var country in CountryCode.All)
        {
            country.Alpha2.ShouldMatch("^[A-Z]{2}$");
            country.Alpha3.ShouldMatch("^[A-Z]{3}$");
            country.Numeric.ShouldBeInRange(1, 999);
            country.Name.ShouldNotBeNullOrWhiteSpace();
            country.Name.ShouldNotEndWith("(the)");
        }
    }

    [Fact]
    public void All_Alpha3Codes_AgreeWithTheSystemRegionData()
    {
        // An independent source: ICU's region data. Western Sahara has no culture there.
        foreach (var country in CountryCode.All.Where(country => country.Alpha2 != "EH"))
        {
            new RegionInfo(country.Alpha2).ThreeLetterISORegionName.ShouldBe(country.Alpha3, country.Alpha2);
        }
    }
}
