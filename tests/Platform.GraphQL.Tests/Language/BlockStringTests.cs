using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   \t ", "")]
    [InlineData("\n\n  a\n  b\n\n", "a\nb")]
    [InlineData("first\n  second\n   third", "first\nsecond\n third")]
    [InlineData("  first keeps\n  second", "  first keeps\nsecond")]
    [InlineData("\n    a\n      \n    b\n  ", "a\n  \nb")]
    [InlineData("\n  a\n\n  b", "a\n\nb")]
    [InlineData("\n  short\n    long\n", "short\n  long")]
    [InlineData("a\r\n  b\r  c\n  d", "a\nb\nc\nd")]
    [InlineData("\n  only line  ", "only line  ")]
    [InlineData("no change at all", "no change at all")]
    public void Dedent_RawValue_FollowsBlockStringValue(string raw, string expected)
    {
        BlockString.Dedent(raw).ShouldBe(expected);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("plain", true)]
    [InlineData("  leading space on a single line", true)]
    [InlineData("first\n  indented second", true)]
    [InlineData("  first\nsecond", true)]
    [InlineData("tab\tand \u007F and \U0001F600", true)]
    [InlineData("\nleading blank line", false)]
    [InlineData("  \nleading white-space line", false)]
    [InlineData("trailing blank line\n", false)]
    [InlineData("trailing white-space line\n  ", false)]
    [InlineData("   ", false)]
    [InlineData("  all lines\n  indented", false)]
    [InlineData("carriage\rreturn", false)]
    [InlineData("bell \u0007", false)]
    public void IsPrintable_Value_TellsWhetherTheBlockFormRoundTrips(string value, bool printable)
    {
        BlockString.IsPrintable(value).ShouldBe(printable);
    }
}
