using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>The demo center's calendars: clinicians, rooms, and appointments past (completed) and ahead (some by video).</summary>
public sealed class DemoAppointmentsTests(DemoCenterTests.DemoHost demo) : IClassFixture<DemoCenterTests.DemoHost>
{
    [Fact]
    public async Task DemoCenter_HasClinicians_CompletedVisits_AndTelehealthAhead_OnTheFacilitysClock()
    {
        var client = new GraphQLClient(demo.Host);
        var coordinator = await client.TokenAsync("coordinator");

        var data = await client.DataAsync(coordinator, """
            { clinicians { name languages } rooms { name }
              appointments(first: 100) { totalCount edges { node { status telehealth visitNote facilityTime { zone } videoVisit { patientJoinUrl } journeyId } } } }
            """);

        data.GetProperty("clinicians").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("Dra. Laura Puig i Soler");
        data.GetProperty("rooms").GetArrayLength().ShouldBe(5);
        var appointments = data.GetProperty("appointments").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        appointments.Count.ShouldBeGreaterThan(5);
        appointments.ShouldAllBe(a => a.GetProperty("facilityTime").GetProperty("zone").GetString() == "Europe/Madrid" && a.GetProperty("journeyId").ValueKind == JsonValueKind.String);
        appointments.ShouldContain(a => a.GetProperty("status").GetString() == "COMPLETED" && a.GetProperty("visitNote").GetString()!.StartsWith("Seen on arrival", StringComparison.Ordinal));
        appointments.ShouldContain(a => a.GetProperty("telehealth").GetBoolean() && a.GetProperty("videoVisit").GetProperty("patientJoinUrl").GetString()!.StartsWith("https://meet.carelink.example/demo/", StringComparison.Ordinal));
    }
}
