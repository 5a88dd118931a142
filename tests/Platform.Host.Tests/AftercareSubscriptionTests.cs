using System.Net.Http.Headers;
using System.Text.Json;
using static Platform.Host.Tests.EventStreams;

namespace Platform.Host.Tests;

/// <summary>The readingsOutOfRange subscription over Server-Sent Events on the real host: told after the reading is committed, and only to those who may read the journey.</summary>
public sealed class AftercareSubscriptionTests(KestrelHostFixture fixture) : IClassFixture<KestrelHostFixture>
{
    [Fact]
    public async Task ReadingsOutOfRange_ForOneJourney_TellsTheClinicianOfAHighReading_NotOfOneInRange()
    {
        using var clinician = await ClientAsync("clinician");
        using var coordinator = await ClientAsync("coordinator");
        var id = await DischargedAsync(coordinator);

        using var response = await clinician.SendAsync(Stream("subscription($id: UUID) { readingsOutOfRange(journeyId: $id) { journeyId measure value unit range high source newTask taskId } }", new { id }), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var taken = DateTimeOffset.UtcNow.AddMinutes(-15);
        var recorded = await DataAsync(coordinator, """
            mutation($input: RecordReadingsInput!) { recordReadings(input: $input) { result { readings { range alertTaskId } } errors { message } } }
            """, new { input = new { journeyId = id, readings = new object[] { new { measure = "HEART_RATE", value = 76, unit = "bpm", takenAt = taken }, new { measure = "HEART_RATE", value = 134, unit = "bpm", takenAt = taken.AddMinutes(1), deviceId = "watch-5" } } } });

        var (name, data) = await ReadEventAsync(reader);

        name.ShouldBe("next");
        var alert = JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("readingsOutOfRange");
        (alert.GetProperty("journeyId").GetString(), alert.GetProperty("measure").GetString(), alert.GetProperty("value").GetDouble(), alert.GetProperty("range").GetString()).ShouldBe((id, "HEART_RATE", 134, "HIGH"));
        (alert.GetProperty("high").GetDouble(), alert.GetProperty("source").GetString(), alert.GetProperty("newTask").GetBoolean()).ShouldBe((110, "device:watch-5", true));
        alert.GetProperty("taskId").GetString().ShouldBe(recorded.GetProperty("recordReadings").GetProperty("result").GetProperty("readings")[1].GetProperty("alertTaskId").GetString());
    }

    [Fact]
    public async Task ReadingsOutOfRange_IsNotForFinance_RefusedBeforeTheStreamStarts()
    {
        using var finance = await ClientAsync("finance");

        using var response = await finance.SendAsync(Stream("subscription { readingsOutOfRange { value } }", null), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var (_, data) = await ReadEventAsync(reader);

        JsonDocument.Parse(data).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
    }

    private async Task<HttpClient> ClientAsync(string user)
    {
        var client = new HttpClient { BaseAddress = GraphQLSocket.Address(fixture.Host) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GraphQLSocket.TokenAsync(fixture.Host, user));
        return client;
    }

    /// <summary>A cardiac-surgery journey of a traveler taken ill, discharged: heart rate is monitored from the pathway (50 to 110 bpm).</summary>
    private static async Task<string> DischargedAsync(HttpClient client)
    {
        var registered = await DataAsync(client, "mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { registryId } } }", new
        {
            input = new { kind = "ILL_OR_INJURED_TRAVELER", source = "DIRECT", identity = new { familyName = "Brennan", dateOfBirth = "1958-06-14", sex = "MALE", nationality = "IE" } },
        });
        var opened = await DataAsync(client, "mutation($input: OpenJourneyInput!) { openJourney(input: $input) { journey { id version } errors { message } } }", new
        {
            input = new { patientId = registered.GetProperty("registerPatient").GetProperty("patient").GetProperty("registryId").GetString(), title = "Chest pain on a cruise stop", serviceLine = "cardiac-surgery" },
        });
        var journey = opened.GetProperty("openJourney").GetProperty("journey");
        var id = journey.GetProperty("id").GetString()!;
        await DataAsync(client, "mutation($input: MoveJourneyStageInput!) { moveJourneyStage(input: $input) { journey { stage } errors { message } } }", new
        {
            input = new { journeyId = id, expectedVersion = journey.GetProperty("version").GetInt64(), to = "DISCHARGED" },
        });
        return id;
    }
}
