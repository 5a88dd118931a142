using Platform.Kernel.Values;

namespace Platform.Kernel.Tests.Values;

public class TimeZoneIdTests
{
    [Theory]
    [InlineData("Europe/Istanbul")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Dubai")]
    [InlineData("Asia/Kolkata")]
    [InlineData("Asia/Calcutta")]
    [InlineData("Etc/UTC")]
    [InlineData("Etc/GMT+5")]
    public void Parse_IanaId_KeepsTheId(string id)
    {
        TimeZoneId.Parse(id).Id.ShouldBe(id);
        TimeZoneId.Parse($" {id} ").ToString().ShouldBe(id);
    }

    [Theory]
    [InlineData("asia/tokyo", "Asia/Tokyo")]
    [InlineData("europe/LONDON", "Europe/London")]
    [InlineData("AMERICA/SAO_PAULO", "America/Sao_Paulo")]
    public void Parse_IdInAnotherCase_ReturnsTheDatabaseSpelling(string input, string expected)
    {
        TimeZoneId.Parse(input).Id.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Turkey Standard Time", "Europe/Istanbul")]
    [InlineData("Eastern Standard Time", "America/New_York")]
    [InlineData("Arabian Standard Time", "Asia/Dubai")]
    [InlineData("GMT Standard Time", "Europe/London")]
    public void Parse_WindowsId_StoresTheIanaId(string windowsId, string ianaId)
    {
        var zone = TimeZoneId.Parse(windowsId);

        zone.Id.ShouldBe(ianaId);
        zone.ToTimeZoneInfo().HasIanaId.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Eastern Time")]
    [InlineData("Local")]
    [InlineData("+03:00")]
    [InlineData("../../etc/passwd")]
    [InlineData("Europe")]
    public void Parse_UnknownZone_Throws(string input)
    {
        var exception = Should.Throw<ValueFormatException>(() => TimeZoneId.Parse(input));

        exception.Message.ShouldBe(
            $"'{input}' is not an IANA time zone id: expected a zone of the IANA tz database, such as Europe/Istanbul, " +
            "Asia/Dubai or America/New_York (or a Windows time zone id that maps to one).");
        TimeZoneId.TryParse(input, out var result).ShouldBeFalse();
        result.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_NullOrEmpty_MessageSaysNoIdWasGiven(string? input)
    {
        Should.Throw<ValueFormatException>(() => TimeZoneId.Parse(input!))
            .Message.ShouldStartWith("No IANA time zone id was given: expected a zone of the IANA tz database");
    }

    [Theory]
    [InlineData("2024-07-01T12:00:00Z", "America/New_York", "2024-07-01T08:00:00-04:00")]
    [InlineData("2024-01-15T12:00:00Z", "America/New_York", "2024-01-15T07:00:00-05:00")]
    [InlineData("2024-01-15T12:00:00Z", "Europe/Istanbul", "2024-01-15T15:00:00+03:00")]
    [InlineData("2024-01-15T12:00:00+02:00", "Asia/Kolkata", "2024-01-15T15:30:00+05:30")]
    [InlineData("2024-10-27T00:30:00Z", "Europe/London", "2024-10-27T01:30:00+01:00")]
    [InlineData("2024-10-27T01:30:00Z", "Europe/London", "2024-10-27T01:30:00+00:00")]
    public void ToZone_Instant_ReturnsTheSameInstantWithTheZonesWallClockAndOffset(string instant, string zone, string expected)
    {
        var result = TimeZoneId.Parse(zone).ToZone(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        result.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        result.Offset.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Fact]
    public void OffsetAt_AroundDaylightSavingStart_ChangesAtTheTransition()
    {
        var newYork = TimeZoneId.Parse("America/New_York");
        var transition = new DateTimeOffset(2024, 3, 10, 7, 0, 0, TimeSpan.Zero);

        newYork.OffsetAt(transition.AddSeconds(-1)).ShouldBe(TimeSpan.FromHours(-5));
        newYork.OffsetAt(transition).ShouldBe(TimeSpan.FromHours(-4));
        TimeZoneId.Parse("Asia/Dubai").OffsetAt(transition).ShouldBe(TimeSpan.FromHours(4));
    }

    [Fact]
    public void Equals_SameZoneInAnotherCase_AreEqual()
    {
        (TimeZoneId.Parse("asia/dubai") == TimeZoneId.Parse("Asia/Dubai")).ShouldBeTrue();
        TimeZoneId.Parse("asia/dubai").GetHashCode().ShouldBe(TimeZoneId.Parse("Asia/Dubai").GetHashCode());
        (TimeZoneId.Parse("Asia/Dubai") != TimeZoneId.Parse("Asia/Muscat")).ShouldBeTrue();
        TimeZoneId.Parse("Asia/Dubai").Equals(null).ShouldBeFalse();
    }

    [Fact]
    public void Utc_IsTheZeroOffsetZone()
    {
        TimeZoneId.Utc.Id.ShouldBe("UTC");
        TimeZoneId.Utc.ShouldBe(TimeZoneId.Parse("utc"));
        TimeZoneId.Utc.OffsetAt(DateTimeOffset.UnixEpoch).ShouldBe(TimeSpan.Zero);
    }
}
