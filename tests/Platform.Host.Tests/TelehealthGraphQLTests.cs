using System.Text.Json;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;

namespace Platform.Host.Tests;

/// <summary>Telehealth through the demo video-visits plugin, loaded from disk as partner carelink-video.</summary>
public sealed class TelehealthGraphQLTests
{
    private static readonly System.Security.Claims.ClaimsPrincipal _registrar = PlatformPrincipal.Create("amira", "Amira Haddad", [Roles.Coordinator]);

    [Fact]
    public async Task TelehealthBooking_GetsItsOwnJoinLinksFromThePartner_AndTheRoomOpensBeforeTheStart()
    {
        using var host = Host(declineRate: "0");
        var client = new GraphQLClient(host);
        var coordinator = await client.TokenAsync("coordinator");
        var (patient, clinician) = await SetUpAsync(client);

        var payload = (await client.DataAsync(coordinator, AppointmentsGraphQLTests.Book, new { input = Telehealth(patient, clinician) })).GetProperty("bookAppointment");

        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        var appointment = payload.GetProperty("appointment");
        var visit = appointment.GetProperty("videoVisit");
        visit.GetProperty("partnerId").GetString().ShouldBe("carelink-video");
        var visitId = visit.GetProperty("visitId").GetString()!;
        visitId.ShouldStartWith("VV-");
        visit.GetProperty("patientJoinUrl").GetString()!.ShouldStartWith($"https://meet.carelink.example/v/{visitId}?t=");
        visit.GetProperty("clinicianJoinUrl").GetString()!.ShouldStartWith($"https://meet.carelink.example/v/{visitId}/host?t=");
        var start = appointment.GetProperty("facilityTime").GetProperty("at").GetDateTimeOffset();
        visit.GetProperty("validFrom").GetDateTimeOffset().ShouldBe(start.AddMinutes(-15));
        visit.GetProperty("validUntil").GetDateTimeOffset().ShouldBe(start.AddMinutes(30 + 30));
        appointment.GetProperty("roomName").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task TelehealthBooking_ThePartnerDeclines_IsAClearErrorAndBooksNothing()
    {
        using var host = Host(declineRate: "1");
        var client = new GraphQLClient(host);
        var coordinator = await client.TokenAsync("coordinator");
        var (patient, clinician) = await SetUpAsync(client);

        var payload = (await client.DataAsync(coordinator, AppointmentsGraphQLTests.Book, new { input = Telehealth(patient, clinician) })).GetProperty("bookAppointment");

        var error = payload.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("code").GetString().ShouldBe("VIDEO_PROVIDER_DECLINED");
        error.GetProperty("message").GetString()!.ShouldStartWith("Video partner 'carelink-video' declined the visit (NO_CAPACITY): CareLink Video has no room free at");
        var count = await client.DataAsync(coordinator, "query($p: UUID!) { appointments(filter: { patientId: $p }) { totalCount } }", new { p = patient });
        count.GetProperty("appointments").GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    private static HostFactory Host(string declineRate) => new()
    {
        Settings =
        {
            ["Plugins:Root"] = Path.Combine(HostFactory.RepositoryRoot(), "build", "artifacts", "plugins"),
            ["Plugins:WatchForChanges"] = "false",
            ["Partners:carelink-video:Settings:Latency"] = "00:00:00.005",
            ["Partners:carelink-video:Settings:DeclineRate"] = declineRate,
            ["Scheduling:ReminderInterval"] = "00:00:00",
        },
    };

    private static async Task<(Guid Patient, Guid Clinician)> SetUpAsync(GraphQLClient client)
    {
        var administrator = await client.TokenAsync("administrator");
        var clinician = await client.DataAsync(administrator, """
            mutation { addClinician(input: { name: "Dr. Pablo Serrano", specialty: "Fertility medicine", languages: ["es", "en", "ar"] }) { clinician { id } } }
            """);
        var patient = await client.SendAsync(_registrar, new RegisterPatient(
            PatientKind.MedicalTourist,
            new PatientIdentity("Haddad", "Mariam", null, null, new DateOnly(1988, 2, 3), Sex.Female, "AE", null, null),
            new ContactDetails("mariam@example.ae", "+971501234567", ContactChannel.WhatsApp, null, null, "Asia/Dubai", null),
            ["ar"],
            InterpreterNeeded: false,
            new Attribution(AttributionChannel.Direct, null, null, null)));
        return (patient.Patient.Id, Guid.Parse(clinician.GetProperty("addClinician").GetProperty("clinician").GetProperty("id").GetString()!));
    }

    private static object Telehealth(Guid patient, Guid clinician) => new
    {
        patientId = patient,
        kind = "CONSULTATION",
        clinicianId = clinician,
        telehealth = true,
        durationMinutes = 30,
        reason = "Second opinion before travel",
        start = new { facilityLocal = "2027-02-18T16:00" },
    };
}
