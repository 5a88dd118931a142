using System.Globalization;
using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class LanguageTagTests
{
    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN-latn-us", "en-Latn-US")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("ES-419", "es-419")]
    [InlineData("ar-ae", "ar-AE")]
    [InlineData("de-CH-1901", "de-CH-1901")]
    [InlineData("sl-ROZAJ-biske-1994", "sl-rozaj-biske-1994")]
    [InlineData("zh-YUE-hk", "zh-yue-HK")]
    [InlineData("zh-min-nan", "zh-min-nan")]
    [InlineData("YUE-hk", "yue-HK")]
    [InlineData("en-US-x-TWAIN", "en-US-x-twain")]
    [InlineData("en-x-a-b-c", "en-x-a-b-c")]
    [InlineData("en-u-ca-GREGORY-a-xyz", "en-a-xyz-u-ca-gregory")]
    [InlineData("de-DE-u-co-phonebk-x-u-a", "de-DE-u-co-phonebk-x-u-a")]
    [InlineData(" fr-CA ", "fr-CA")]
    public void Parse_WellFormedTag_ReturnsCanonicalForm(string input, string expected)
    {
        var tag = LanguageTag.Parse(input);

        tag.Value.ShouldBe(expected);
        tag.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("iw-IL", "he-IL")]
    [InlineData("IN", "id")]
    [InlineData("ji", "yi")]
    [InlineData("jw", "jv")]
    [InlineData("mo-MD", "ro-MD")]
    public void Parse_WithdrawnIso639Code_IsRewrittenToItsReplacement(string input, string expected)
    {
        LanguageTag.Parse(input).Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("zh-Hant-TW", "zh", "Hant", "TW")]
    [InlineData("en", "en", null, null)]
    [InlineData("es-419", "es", null, "419")]
    [InlineData("sr-latn", "sr", "Latn", null)]
    [InlineData("zh-yue-HK", "zh", null, "HK")]
    [InlineData("fil-PH-x-ph", "fil", null, "PH")]
    public void Parse_Tag_ExposesLanguageScriptAndRegion(string input, string language, string? script, string? region)
    {
        var tag = LanguageTag.Parse(input);

        tag.Language.ShouldBe(language);
        tag.Script.ShouldBe(script);
        tag.Region.ShouldBe(region);
    }

    [Theory]
    [InlineData("tlh")]
    [InlineData("yue")]
    [InlineData("ast")]
    [InlineData("fil-PH")]
    [InlineData("qaa")] // reserved for local use, but well-formed
    public void Parse_ThreeLetterLanguage_IsAcceptedWhenWellFormed(string input)
    {
        LanguageTag.TryParse(input, out var tag).ShouldBeTrue();
        tag!.Language.ShouldBe(input[..3]);
    }

    [Theory]
    [InlineData("en_US")]
    [InlineData("en--US")]
    [InlineData("-en")]
    [InlineData("en-")]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("abcd")]
    [InlineData("123")]
    [InlineData("en-US-oed")]
    [InlineData("en-GB-oed")]
    [InlineData("i-klingon")]
    [InlineData("x-private")]
    [InlineData("en-a")]
    [InlineData("en-x")]
    [InlineData("en-a-bb-a-cc")]
    [InlineData("de-1901-1901")]
    [InlineData("en-toolongsubtag")]
    [InlineData("en-US-Latn")]
    [InlineData("zh-abc-def-ghi-jkl")]
    [InlineData("qq")]
    [InlineData("sh")]
    [InlineData("en-é")]
    [InlineData("en US")]
    public void Parse_MalformedTagOrUnassignedLanguage_Throws(string input)
    {
        var exception = Should.Throw<ValueFormatException>(() => LanguageTag.Parse(input));

        exception.Value.ShouldBe(input);
        exception.ValueKind.ShouldBe("BCP 47 language tag");
        LanguageTag.TryParse(input, out var result).ShouldBeFalse();
        result.ShouldBeNull();
    }

    [Theory]
    [InlineData("qq-US", "'qq-US' is not a BCP 47 language tag: expected a two-letter language that ISO 639-1 assigns, such as en, ar or zh; 'qq' is not assigned.")]
    [InlineData("de-1901-1901", "'de-1901-1901' is not a BCP 47 language tag: expected each variant at most once, but '1901' is repeated.")]
    [InlineData("en-a-bb-A-cc", "'en-a-bb-A-cc' is not a BCP 47 language tag: expected each extension singleton at most once, but 'a' is repeated.")]
    [InlineData("en-x", "'en-x' is not a BCP 47 language tag: expected at least one subtag of 1 to 8 letters or digits after the private-use singleton 'x'.")]
    [InlineData("i-klingon", "'i-klingon' is not a BCP 47 language tag: expected a tag that starts with a language, such as en, en-US or tlh; private-use tags (x-…) and the irregular grandfathered tags (i-klingon and the like) are not accepted.")]
    public void Parse_SpecificProblem_MessageSaysWhatWasWrong(string input, string message)
    {
        Should.Throw<ValueFormatException>(() => LanguageTag.Parse(input)).Message.ShouldBe(message);
    }

    [Fact]
    public void Parse_SubtagInTheWrongPlace_MessageNamesTheSubtag()
    {
        var exception = Should.Throw<ValueFormatException>(() => LanguageTag.Parse("en-US-Latn"));

        exception.Message.ShouldStartWith("'en-US-Latn' is not a BCP 47 language tag: expected subtags in the order language, script, region");
        exception.Message.ShouldContain("'Latn' does not fit where it stands");
    }

    [Fact]
    public void Parse_Empty_MessageSaysNoTagWasGiven()
    {
        Should.Throw<ValueFormatException>(() => LanguageTag.Parse(""))
            .Message.ShouldStartWith("No BCP 47 language tag was given: expected a language of 2 or 3 letters");
    }

    [Fact]
    public void Equals_TagsDifferingOnlyInCase_AreEqual()
    {
        LanguageTag.Parse("EN-us").ShouldBe(LanguageTag.Parse("en-US"));
        (LanguageTag.Parse("EN-us") == LanguageTag.Parse("en-US")).ShouldBeTrue();
        LanguageTag.Parse("EN-us").GetHashCode().ShouldBe(LanguageTag.Parse("en-US").GetHashCode());
        LanguageTag.Parse("en-GB").ShouldNotBe(LanguageTag.Parse("en-US"));
    }

    [Fact]
    public void Iso639Part1_HoldsTheAssignedCodesAndNotTheWithdrawnOnes()
    {
        LanguageTable.Iso639Part1.Count.ShouldBe(184);
        LanguageTable.Iso639Part1.ShouldAllBe(code => code.Length == 2 && code.All(c => c >= 'a' && c <= 'z'));
        foreach (var code in new[] { "en", "ar", "zh", "he", "id", "yi", "jv", "ro", "ru", "fa", "ur", "bn" })
        {
            LanguageTable.Iso639Part1.ShouldContain(code);
        }

        LanguageTable.Withdrawn.Keys.ShouldAllBe(code => !LanguageTable.Iso639Part1.Contains(code));
        LanguageTable.Withdrawn.Values.ShouldAllBe(code => LanguageTable.Iso639Part1.Contains(code));
    }

    [Fact]
    public void Parse_EveryTwoLetterLanguageTheSystemKnows_IsAccepted()
    {
        // An independent source: ICU's neutral cultures carry ISO 639-1 codes where one exists.
        var twoLetter = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .Select(culture => culture.Name)
            .Where(name => name.Length == 2)
            .ToList();

        twoLetter.Count.ShouldBeGreaterThan(100);
        twoLetter.Where(name => !LanguageTag.TryParse(name, out var _)).ShouldBeEmpty();
    }
}
