using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Kernel.Security;
using Platform.Records.Contracts;
using static Platform.Host.Tests.EventStreams;

namespace Platform.Host.Tests;

/// <summary>Records' subscriptions over Server-Sent Events on the real host: documents filed and translations moving, after commit, scoped to what the subscriber may read.</summary>
public sealed class RecordsSubscriptionTests(KestrelHostFixture fixture) : IClassFixture<KestrelHostFixture>
{
    private static readonly System.Security.Claims.ClaimsPrincipal _coordinator = PlatformPrincipal.Create("coordinator", "Amira Haddad", [Roles.Coordinator]);

    [Fact]
    public async Task DocumentAdded_ForAPatient_StreamsOnlyTheirOwnDocuments()
    {
        var graphql = new GraphQLClient(fixture.Host);
        var staff = await graphql.TokenAsync("coordinator");
        var mine = await graphql.RegisterPatientAsync(staff, "MEDICAL_TOURIST", "Lindqvist");
        var someoneElse = await graphql.RegisterPatientAsync(staff, "MEDICAL_TOURIST", "Okafor");
        using var patient = Client(graphql.PatientToken(mine));

        using var response = await patient.SendAsync(Stream("subscription { documentAdded { id patientId title language } }", null), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await UploadAsync(graphql, someoneElse, "Not yours", "en");
        var own = await UploadAsync(graphql, mine, "Röntgenbefund", "de");

        var (name, data) = await ReadEventAsync(reader);

        name.ShouldBe("next");
        var streamed = JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("documentAdded");
        (streamed.GetProperty("id").GetString(), streamed.GetProperty("patientId").GetString(), streamed.GetProperty("title").GetString())
            .ShouldBe((own.Id.ToString(), mine.ToString(), "Röntgenbefund"));
    }

    [Fact]
    public async Task TranslationChanged_StreamsTheJobAsItMoves_AndTheDeliveredTranslationIsADocumentAdded()
    {
        var graphql = new GraphQLClient(fixture.Host);
        var staff = await graphql.TokenAsync("coordinator");
        var patientId = await graphql.RegisterPatientAsync(staff, "MEDICAL_TOURIST", "Novak");
        var original = await UploadAsync(graphql, patientId, "Propusnica", "uk");
        using var client = Client(staff);

        using var moves = await client.SendAsync(Stream(
            "subscription($p: UUID) { translationChanged(patientId: $p) { status translation { id status channel targetLanguage } document { id } } }", new { p = patientId }), HttpCompletionOption.ResponseHeadersRead);
        using var movesReader = new StreamReader(await moves.Content.ReadAsStreamAsync());
        using var added = await client.SendAsync(Stream("subscription($p: UUID) { documentAdded(patientId: $p) { id translationOfId language } }", new { p = patientId }), HttpCompletionOption.ResponseHeadersRead);
        using var addedReader = new StreamReader(await added.Content.ReadAsStreamAsync());
        var sent = await graphql.SendAsync(_coordinator, new SendDocumentForTranslation(patientId, original.Id, original.Version, "en", false, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3), Manual: true));
        var translation = await UploadAsync(graphql, patientId, "Referral (English)", "en", translationOf: sent.Id);

        var first = Payload(await ReadEventAsync(movesReader), "translationChanged");
        var second = Payload(await ReadEventAsync(movesReader), "translationChanged");
        // The original's own documentAdded goes through the outbox too and may reach the stream after it opened.
        var filed = Payload(await ReadEventAsync(addedReader), "documentAdded");
        if (filed.GetProperty("id").GetString() == original.Id.ToString())
        {
            filed = Payload(await ReadEventAsync(addedReader), "documentAdded");
        }

        // Each event says what the change was; the job itself is read as it stands when the event is sent.
        (first.GetProperty("status").GetString(), first.GetProperty("translation").GetProperty("channel").GetString()).ShouldBe(("SENT", "manual"));
        (second.GetProperty("status").GetString(), second.GetProperty("translation").GetProperty("status").GetString()).ShouldBe(("COMPLETED", "COMPLETED"));
        second.GetProperty("translation").GetProperty("id").GetString().ShouldBe(first.GetProperty("translation").GetProperty("id").GetString());
        second.GetProperty("document").GetProperty("id").GetString().ShouldBe(original.Id.ToString());
        (filed.GetProperty("id").GetString(), filed.GetProperty("translationOfId").GetString(), filed.GetProperty("language").GetString())
            .ShouldBe((translation.Id.ToString(), original.Id.ToString(), "en"));
    }

    [Fact]
    public async Task DocumentAdded_ForAnotherPatient_IsRefusedBeforeTheStreamStarts()
    {
        var graphql = new GraphQLClient(fixture.Host);
        var staff = await graphql.TokenAsync("coordinator");
        var mine = await graphql.RegisterPatientAsync(staff, "MEDICAL_TOURIST", "Hansen");
        var someoneElse = await graphql.RegisterPatientAsync(staff, "MEDICAL_TOURIST", "Berg");
        using var patient = Client(graphql.PatientToken(mine));

        using var response = await patient.SendAsync(Stream("subscription($p: UUID) { documentAdded(patientId: $p) { id } }", new { p = someoneElse }), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var (name, data) = await ReadEventAsync(reader);

        name.ShouldBe("next");
        JsonDocument.Parse(data).RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
    }

    private static Task<DocumentDto> UploadAsync(GraphQLClient graphql, Guid patientId, string title, string language, Guid? translationOf = null)
    {
        var content = new MemoryStream(Encoding.UTF8.GetBytes($"{title}: demo text for a subscription test."));
        return graphql.SendAsync(_coordinator, new UploadDocument(patientId, DocumentType.ReferralLetter, title, language, DocumentSource.HomeProvider,
            new DocumentContent($"{language}.txt", "text/plain", content), TranslationOfId: translationOf));
    }

    private HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = GraphQLSocket.Address(fixture.Host) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static JsonElement Payload((string Event, string Data) received, string field)
    {
        received.Event.ShouldBe("next", received.Data);
        return JsonDocument.Parse(received.Data).RootElement.GetProperty("data").GetProperty(field);
    }
}
