using System.Net.Http.Headers;
using System.Text.Json;
using static Platform.Host.Tests.EventStreams;

namespace Platform.Host.Tests;

/// <summary>appointmentChanged over Server-Sent Events on the real host: after commit, and only what the subscriber may read.</summary>
public sealed class AppointmentSubscriptionTests(KestrelHostFixture fixture) : IClassFixture<KestrelHostFixture>
{
    [Fact]
    public async Task AppointmentChanged_ForAPatient_StreamsTheirOwnBookingAndNotAnotherPatients()
    {
        using var coordinator = await ClientAsync("coordinator");
        using var administrator = await ClientAsync("administrator");
        var mine = await RegisterAsync(coordinator, "Okonkwo");
        var other = await RegisterAsync(coordinator, "Lindberg");
        var clinician = (await DataAsync(administrator, """mutation { addClinician(input: { name: "Dr. Jordi Vidal", specialty: "Cardiology", languages: ["ca", "es", "en"] }) { clinician { id } } }""", null))
            .GetProperty("addClinician").GetProperty("clinician").GetProperty("id").GetString();
        var room = (await DataAsync(administrator, """mutation { addRoom(input: { name: "Consulta 3", kind: CONSULTING_ROOM }) { room { id } } }""", null))
            .GetProperty("addRoom").GetProperty("room").GetProperty("id").GetString();
        using var patient = new HttpClient { BaseAddress = GraphQLSocket.Address(fixture.Host) };
        patient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", new GraphQLClient(fixture.Host).PatientToken(Guid.Parse(mine)));

        using var response = await patient.SendAsync(Stream("subscription($p: UUID) { appointmentChanged(patientId: $p) { patientId status facilityTime { local zone } } }", new { p = mine }), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await BookAsync(coordinator, other, clinician, room, "2027-04-06T09:00");
        await BookAsync(coordinator, mine, clinician, room, "2027-04-06T10:00");

        var (name, data) = await ReadEventAsync(reader);

        name.ShouldBe("next");
        var streamed = JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("appointmentChanged");
        (streamed.GetProperty("patientId").GetString(), streamed.GetProperty("status").GetString()).ShouldBe((mine, "BOOKED"));
        streamed.GetProperty("facilityTime").GetProperty("local").GetString().ShouldBe("2027-04-06T10:00");
    }

    [Fact]
    public async Task AppointmentChanged_ForAnotherPatient_IsRefusedBeforeTheStreamStarts()
    {
        using var coordinator = await ClientAsync("coordinator");
        var someoneElse = await RegisterAsync(coordinator, "Haugen");
        using var patient = new HttpClient { BaseAddress = GraphQLSocket.Address(fixture.Host) };
        patient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", new GraphQLClient(fixture.Host).PatientToken(Guid.NewGuid()));

        using var response = await patient.SendAsync(Stream("subscription($p: UUID) { appointmentChanged(patientId: $p) { id } }", new { p = someoneElse }), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var (name, data) = await ReadEventAsync(reader);

        name.ShouldBe("next");
        JsonDocument.Parse(data).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
    }

    private async Task<HttpClient> ClientAsync(string user)
    {
        var client = new HttpClient { BaseAddress = GraphQLSocket.Address(fixture.Host) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GraphQLSocket.TokenAsync(fixture.Host, user));
        return client;
    }

    private static async Task<string> RegisterAsync(HttpClient client, string familyName) =>
        (await DataAsync(client, "mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { registryId } } }", new
        {
            input = new { kind = "MEDICAL_TOURIST", source = "DIRECT", identity = new { familyName, dateOfBirth = "1971-02-03", sex = "FEMALE", nationality = "SE" } },
        })).GetProperty("registerPatient").GetProperty("patient").GetProperty("registryId").GetString()!;

    private static async Task BookAsync(HttpClient client, string patientId, string? clinicianId, string? roomId, string facilityLocal)
    {
        var payload = (await DataAsync(client, "mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } errors { message } } }", new
        {
            input = new { patientId, kind = "FOLLOW_UP", clinicianId, roomId, durationMinutes = 20, start = new { facilityLocal } },
        })).GetProperty("bookAppointment");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
    }
}
