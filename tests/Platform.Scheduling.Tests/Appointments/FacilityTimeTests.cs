using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.Tests.Appointments;

/// <summary>
/// Madrid and New York change clocks on different Sundays in March 2027 (New York on the 14th, Madrid
/// on the 28th), so the gap between them is 6 hours, then 5 for two weeks, then 6 again.
/// </summary>
public sealed class FacilityTimeTests
{
    private static readonly TimeZoneId _madrid = TimeZoneId.Parse("Europe/Madrid");
    private static readonly TimeZoneId _newYork = TimeZoneId.Parse("America/New_York");

    [Theory]
    [InlineData("2027-03-10T15:00", "+01:00", "2027-03-10T09:00", "-05:00")]
    [InlineData("2027-03-20T15:00", "+01:00", "2027-03-20T10:00", "-04:00")]
    [InlineData("2027-03-30T15:00", "+02:00", "2027-03-30T09:00", "-04:00")]
    public void Zoned_AcrossTheMarchChanges_ShowsEachZonesOwnOffset(string madridLocal, string madridOffset, string newYorkLocal, string newYorkOffset)
    {
        var instant = Resolve(new AppointmentStart(FacilityLocal: madridLocal))!.Value;

        FacilityTime.Zoned(instant, _madrid).ShouldSatisfyAllConditions(
            z => z.Local.ShouldBe(madridLocal),
            z => z.Offset.ShouldBe(madridOffset),
            z => z.Zone.ShouldBe("Europe/Madrid"));
        FacilityTime.Zoned(instant, _newYork).ShouldSatisfyAllConditions(
            z => z.Local.ShouldBe(newYorkLocal),
            z => z.Offset.ShouldBe(newYorkOffset),
            z => z.At.ShouldBe(instant));
    }

    [Fact]
    public void Resolve_ALocalTimeInTheSpringGap_IsRefusedNamingTheFieldAndValue()
    {
        var errors = new ValidationErrors();

        FacilityTime.Resolve(new AppointmentStart(FacilityLocal: "2027-03-28T02:30"), _madrid, "start", errors).ShouldBeNull();

        var error = errors.All.ShouldHaveSingleItem();
        (error.Field, error.Rule, error.AttemptedValue).ShouldBe(("start.facilityLocal", "NonexistentLocalTime", "2027-03-28T02:30"));
        error.Message.ShouldStartWith("'start.facilityLocal' does not exist in Europe/Madrid");
    }

    [Fact]
    public void Resolve_ALocalTimeRepeatedInAutumn_MeansItsFirstOccurrenceInSummerTime()
    {
        var instant = Resolve(new AppointmentStart(FacilityLocal: "2027-10-31T02:30"));

        instant.ShouldBe(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Resolve_AnInstantWithItsOffset_IsTakenAsIs()
    {
        var at = new DateTimeOffset(2027, 3, 20, 10, 0, 0, TimeSpan.FromHours(-4));

        Resolve(new AppointmentStart(At: at)).ShouldBe(at);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2027-03-20T10:00")]
    public void Resolve_NeitherOrBothForms_IsRefused(string? local)
    {
        var errors = new ValidationErrors();
        var start = local is null ? new AppointmentStart() : new AppointmentStart(DateTimeOffset.UnixEpoch, local);

        FacilityTime.Resolve(start, _madrid, "start", errors).ShouldBeNull();

        errors.All.ShouldHaveSingleItem().Rule.ShouldBe("OneOf");
    }

    [Fact]
    public void Resolve_ALocalTimeWithAnOffsetOrBadFormat_IsRefusedAsFormat()
    {
        var errors = new ValidationErrors();

        FacilityTime.Resolve(new AppointmentStart(FacilityLocal: "20/03/2027 10:00"), _madrid, "start", errors).ShouldBeNull();

        errors.All.ShouldHaveSingleItem().ShouldSatisfyAllConditions(e => e.Field.ShouldBe("start.facilityLocal"), e => e.Rule.ShouldBe("Format"));
    }

    private static DateTimeOffset? Resolve(AppointmentStart start)
    {
        var errors = new ValidationErrors();
        var instant = FacilityTime.Resolve(start, _madrid, "start", errors);
        errors.All.ShouldBeEmpty();
        return instant;
    }
}
