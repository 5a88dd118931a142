using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using static Platform.Host.Tests.EventStreams;

namespace Platform.Host.Tests;

/// <summary>Journeys' subscriptions over Server-Sent Events on the real host: stage moves and task events, after commit.</summary>
public sealed class JourneySubscriptionTests(KestrelHostFixture fixture) : IClassFixture<KestrelHostFixture>
{
    [Fact]
    public async Task JourneyStageChanged_ForOneJourney_StreamsTheJourneyAfterTheMove()
    {
        using var client = await ClientAsync("coordinator");
        var journey = await OpenJourneyAsync(client, "Ivanova");
        var id = journey.GetProperty("id").GetString()!;

        using var response = await client.SendAsync(Stream("subscription($id: UUID) { journeyStageChanged(journeyId: $id) { id stage stageHistory { from to reason } } }", new { id }), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var moved = await DataAsync(client, """
            mutation($input: MoveJourneyStageInput!) { moveJourneyStage(input: $input) { journey { stage } errors { message } } }
            """, new { input = new { journeyId = id, expectedVersion = journey.GetProperty("version").GetInt64(), to = "MEDICAL_REVIEW", reason = "Records arrived" } });

        var (name, data) = await ReadEventAsync(reader);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        moved.GetProperty("moveJourneyStage").GetProperty("journey").GetProperty("stage").GetString().ShouldBe("MEDICAL_REVIEW");
        name.ShouldBe("next");
        var streamed = JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("journeyStageChanged");
        (streamed.GetProperty("id").GetString(), streamed.GetProperty("stage").GetString()).ShouldBe((id, "MEDICAL_REVIEW"));
        streamed.GetProperty("stageHistory").EnumerateArray().Last().GetProperty("reason").GetString().ShouldBe("Records arrived");
    }

    [Fact]
    public async Task TaskEvents_TellACaseManagerOfATaskGivenToTheirRole()
    {
        using var coordinator = await ClientAsync("coordinator");
        using var caseManager = await ClientAsync("case_manager");
        var journey = await OpenJourneyAsync(coordinator, "Lindgren");

        using var response = await caseManager.SendAsync(Stream("subscription { taskEvents { kind escalationLevel task { title ownerRole journeyId } } }", null), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await DataAsync(coordinator, """
            mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } errors { message } } }
            """, new { input = new { journeyId = journey.GetProperty("id").GetString(), title = "Book the airport transfer", ownerRole = "case_manager" } });

        JsonElement taskEvent;
        do
        {
            var (name, data) = await ReadEventAsync(reader);
            name.ShouldBe("next");
            taskEvent = JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("taskEvents");
        }
        while (taskEvent.GetProperty("task").GetProperty("journeyId").GetString() != journey.GetProperty("id").GetString());

        taskEvent.GetProperty("kind").GetString().ShouldBe("ASSIGNED");
        taskEvent.GetProperty("task").GetProperty("title").GetString().ShouldBe("Book the airport transfer");
    }

    [Fact]
    public async Task TaskEvents_AreNotForFinance_RefusedBeforeTheStreamStarts()
    {
        using var finance = await ClientAsync("finance");

        using var response = await finance.SendAsync(Stream("subscription { taskEvents { kind } }", null), HttpCompletionOption.ResponseHeadersRead);
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

    private static async Task<JsonElement> OpenJourneyAsync(HttpClient client, string familyName)
    {
        var registered = await DataAsync(client, "mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { registryId } } }", new
        {
            input = new { kind = "MEDICAL_TOURIST", source = "DIRECT", identity = new { familyName, dateOfBirth = "1971-02-03", sex = "FEMALE", nationality = "SE" } },
        });
        var patientId = registered.GetProperty("registerPatient").GetProperty("patient").GetProperty("registryId").GetString();
        var opened = await DataAsync(client, "mutation($input: OpenJourneyInput!) { openJourney(input: $input) { journey { id version stage } errors { message } } }", new
        {
            input = new { patientId, title = "Knee replacement", serviceLine = "orthopedics" },
        });
        return opened.GetProperty("openJourney").GetProperty("journey");
    }
}
