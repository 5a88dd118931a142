using Platform.Plugins.Manifest;

namespace Platform.Plugins.Tests;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData(">=1.0.0 <2.0.0", "1.0.0", true)]
    [InlineData(">=1.0.0 <2.0.0", "1.9.12", true)]
    [InlineData(">=1.0.0 <2.0.0", "2.0.0", false)]
    [InlineData(">=1.0.0 <2.0.0", "0.9.9", false)]
    [InlineData(">=1.2.0", "1.10.0", true)]
    [InlineData(">1.0.0", "1.0.0", false)]
    [InlineData("<=1.0.0", "1.0.0", true)]
    [InlineData("1.0.0", "1.0.0", true)]
    [InlineData("=1.0.0", "1.0.1", false)]
    [InlineData(">=1.0.0", "1.0.0-beta.2", false)]
    public void Includes_Version_FollowsSemVerPrecedence(string range, string version, bool included)
    {
        VersionRange.TryParse(range, out var parsed, out var error).ShouldBeTrue(error);
        SemanticVersion.TryParse(version, out var parsedVersion).ShouldBeTrue();

        parsed.Includes(parsedVersion).ShouldBe(included);
    }

    [Theory]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1")]
    [InlineData("1.0.0-alpha.1", "1.0.0-alpha.beta")]
    [InlineData("1.0.0-beta.2", "1.0.0-beta.11")]
    [InlineData("1.0.0-rc.1", "1.0.0")]
    [InlineData("1.0.0+build.5", "1.0.1")]
    public void CompareTo_PrereleasesAndBuildMetadata_OrderAsSemVerSays(string lower, string higher)
    {
        SemanticVersion.TryParse(lower, out var low).ShouldBeTrue();
        SemanticVersion.TryParse(higher, out var high).ShouldBeTrue();

        (low < high).ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "is empty; write a range such as \">=1.0.0 <2.0.0\"")]
    [InlineData(">=1.0 <2", "has '>=1.0', which is not a comparator (>=, >, <=, <, =) followed by a version major.minor.patch")]
    [InlineData("~1.0.0", "has '~1.0.0', which is not a comparator (>=, >, <=, <, =) followed by a version major.minor.patch")]
    public void TryParse_Malformed_SaysWhatIsWrong(string range, string error)
    {
        VersionRange.TryParse(range, out _, out var message).ShouldBeFalse();

        message.ShouldBe(error);
    }
}
