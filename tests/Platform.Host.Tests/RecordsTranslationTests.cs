using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Platform.Kernel.Security;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Partners.Contracts;
using Platform.Records.Contracts;

namespace Platform.Host.Tests;

/// <summary>
/// Translations through the interpreter-agency partner over GraphQL, with the demo agency plugin loaded
/// from disk: a delivery filed as a linked document on the journey's timeline, a decline with its reason,
/// the manual path, and a repeated order that is the same order.
/// </summary>
public abstract class RecordsTranslationTests(string provider) : IAsyncLifetime, IAsyncDisposable
{
    private const string Send = """
        mutation($input: SendDocumentForTranslationInput!) {
          sendDocumentForTranslation(input: $input) {
            document { id version translations { id channel status partnerReference note } }
            errors { __typename message code ... on ValidationError { field rule value } }
          }
        }
        """;

    private const string Read = """
        query($id: UUID!) { document(id: $id) { id translations { id channel status certified partnerReference note translationDocumentId } } }
        """;

    private static readonly string _arabicReferral = "إحالة إلى قسم أمراض القلب. المريض يعاني من ضيق في التنفس عند الجهد منذ ثلاثة أشهر. تخطيط القلب: رجفان أذيني.";

    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "platform-host-tests", Guid.NewGuid().ToString("N"), "records");
    private TestDatabase? _database;
    private HostFactory _host = null!;
    private GraphQLClient _client = null!;
    private int _disposed;

    public async Task InitializeAsync()
    {
        _host = new HostFactory
        {
            Settings =
            {
                ["Plugins:Root"] = Path.Combine(HostFactory.RepositoryRoot(), "build", "artifacts", "plugins"),
                ["Plugins:WatchForChanges"] = "false",
                ["Outbox:PollInterval"] = "00:00:00.2",
                ["Records:ContentRoot"] = _contentRoot,

                // The demo agency's steps (received, in progress, delivered) compressed so a test sees them through.
                ["Partners:lingua-medica:Settings:TranslationStep"] = "00:00:00.3",
                ["Partners:lingua-medica:Settings:Latency"] = "00:00:00.01",
            },
        };
        if (provider == "Postgres")
        {
            _database = await TestDatabase.CreateAsync(provider);
            _host.Settings["Database:Provider"] = "Postgres";
            _host.Settings["Database:ConnectionString"] = _database.ConnectionString;
        }

        _client = new GraphQLClient(_host);
    }

    public async Task DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ToTheAgency_TheDeliveryIsFiledAsALinkedDocument_OnTheJourneyTimeline()
    {
        var coordinator = await _client.TokenAsync("coordinator");
        var patientId = await _client.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Haddad");
        var journey = await _client.OpenJourneyAsync(coordinator, patientId, "cardiac-surgery");
        var original = await UploadTextAsync(patientId, Guid.Parse(journey.GetProperty("id").GetString()!));

        var sent = await SendAsync(coordinator, new { patientId, documentId = original.Id, expectedVersion = original.Version, targetLanguage = "en", certified = true, dueOn = Day(5) });

        sent.GetProperty("errors").GetArrayLength().ShouldBe(0, sent.ToString());
        var ordered = sent.GetProperty("document").GetProperty("translations").EnumerateArray().ShouldHaveSingleItem();
        (ordered.GetProperty("channel").GetString(), ordered.GetProperty("status").GetString()).ShouldBe(("lingua-medica", "ORDERING"));
        var job = await SettledAsync(coordinator, original.Id, "COMPLETED");
        job.GetProperty("partnerReference").GetString()!.ShouldStartWith("TRN-");
        job.GetProperty("certified").GetBoolean().ShouldBeTrue();
        var translationId = job.GetProperty("translationDocumentId").GetString()!;
        var translation = (await _client.DataAsync(coordinator, """
            query($id: UUID!) { document(id: $id) { translationOfId language source type title current { contentType fileName } } }
            """, new { id = translationId })).GetProperty("document");
        translation.GetProperty("translationOfId").GetString().ShouldBe(original.Id.ToString());
        (translation.GetProperty("language").GetString(), translation.GetProperty("source").GetString(), translation.GetProperty("type").GetString())
            .ShouldBe(("en", "PARTNER", "REFERRAL_LETTER"));
        translation.GetProperty("title").GetString().ShouldBe("Cardiology referral (en translation, certified)");
        translation.GetProperty("current").GetProperty("contentType").GetString().ShouldBe("text/plain");
        var delivered = await DownloadAsync(coordinator, translationId);
        delivered.ShouldContain("Lingua Medica — translation TRN-");
        delivered.ShouldContain("Certified by sworn translator");
        delivered.ShouldContain(_arabicReferral);
        var timeline = await TimelineAsync(coordinator, journey.GetProperty("id").GetString()!);
        timeline.ShouldContain(e => e.Kind == "translation-delivered" && e.Summary.Contains("lingua-medica delivered the certified en translation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ja", 5, "LANGUAGE_NOT_OFFERED", "does not translate ja")]
    [InlineData("en", 0, "DUE_DATE_TOO_SOON", "the earliest due date is")]
    public async Task ToTheAgency_ADecline_ClosesTheJobAsDeclined_WithTheAgencysReason(string language, int dueInDays, string code, string reason)
    {
        var coordinator = await _client.TokenAsync("coordinator");
        var patientId = await _client.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Karimi");
        var original = await UploadTextAsync(patientId, null);

        var sent = await SendAsync(coordinator, new { patientId, documentId = original.Id, expectedVersion = original.Version, targetLanguage = language, certified = true, dueOn = Day(dueInDays) });

        sent.GetProperty("errors").GetArrayLength().ShouldBe(0, sent.ToString());
        var job = await SettledAsync(coordinator, original.Id, "DECLINED");
        job.GetProperty("note").GetString()!.ShouldStartWith($"lingua-medica declined the order ({code}): ");
        job.GetProperty("note").GetString()!.ShouldContain(reason);
        job.GetProperty("translationDocumentId").ValueKind.ShouldBe(JsonValueKind.Null);
        var documents = await _client.DataAsync(coordinator, "query($id: UUID!) { document(id: $id) { translations { status } } }", new { id = original.Id });
        documents.GetProperty("document").GetProperty("translations").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Manual_GoesToNoAgency_AndAnUnknownPartnerIsRefusedNamingTheField()
    {
        var coordinator = await _client.TokenAsync("coordinator");
        var patientId = await _client.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Petrova");
        var original = await UploadTextAsync(patientId, null);

        var unknown = await SendAsync(coordinator, new { patientId, documentId = original.Id, expectedVersion = original.Version, targetLanguage = "en", certified = false, dueOn = Day(3), partnerId = "babel-fish" });
        var manual = await SendAsync(coordinator, new { patientId, documentId = original.Id, expectedVersion = original.Version, targetLanguage = "en", certified = false, dueOn = Day(3), manual = true });

        var error = unknown.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        (error.GetProperty("field").GetString(), error.GetProperty("value").GetString()).ShouldBe(("partnerId", "babel-fish"));
        error.GetProperty("message").GetString()!.ShouldContain("must name an enabled interpreter-agency partner (lingua-medica)");
        unknown.GetProperty("document").ValueKind.ShouldBe(JsonValueKind.Null);
        var job = manual.GetProperty("document").GetProperty("translations").EnumerateArray().ShouldHaveSingleItem();
        (job.GetProperty("channel").GetString(), job.GetProperty("status").GetString()).ShouldBe(("manual", "SENT"));
    }

    [Fact]
    public async Task TheOrder_RepeatedUnderTheJobsKey_IsTheSameOrder()
    {
        var coordinator = await _client.TokenAsync("coordinator");
        var patientId = await _client.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Aydin");
        var original = await UploadTextAsync(patientId, null);
        var sent = await SendAsync(coordinator, new { patientId, documentId = original.Id, expectedVersion = original.Version, targetLanguage = "de", certified = false, dueOn = Day(4) });
        var jobId = Guid.Parse(sent.GetProperty("document").GetProperty("translations")[0].GetProperty("id").GetString()!);
        var job = await SettledAsync(coordinator, original.Id, "COMPLETED");

        // What the outbox does when it delivers the order again (a crash after the call, before the answer was saved).
        var dueBy = new DateTimeOffset(DateOnly.ParseExact(Day(4), "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var again = await _client.SendAsync(PlatformPrincipal.System, new OrderPartnerTranslation(
            "lingua-medica", $"records-translation-{jobId:N}", new PartnerFile("referral.txt", "text/plain", Encoding.UTF8.GetBytes(_arabicReferral), "Cardiology referral"), "ar", "de", false, dueBy));

        again.Outcome.ShouldBe(PartnerOrderOutcome.Accepted, $"{again.Code}: {again.Message}");
        again.Job!.JobReference.ShouldBe(job.GetProperty("partnerReference").GetString());
    }

    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<DocumentDto> UploadTextAsync(Guid patientId, Guid? journeyId)
    {
        await using var content = new MemoryStream(Encoding.UTF8.GetBytes(_arabicReferral));
        return await _client.SendAsync(
            PlatformPrincipal.Create("coordinator", "Amira Haddad", [Roles.Coordinator]),
            new UploadDocument(patientId, DocumentType.ReferralLetter, "Cardiology referral", "ar", DocumentSource.HomeProvider, new DocumentContent("referral.txt", "text/plain", content), journeyId));
    }

    private async Task<JsonElement> SendAsync(string token, object input) =>
        (await _client.DataAsync(token, Send, new { input })).GetProperty("sendDocumentForTranslation");

    /// <summary>Reads the document until its one job reaches the status (the agency answers after the command commits).</summary>
    private async Task<JsonElement> SettledAsync(string token, Guid documentId, string status)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        JsonElement job;
        do
        {
            await Task.Delay(100, patience.Token);
            job = (await _client.DataAsync(token, Read, new { id = documentId })).GetProperty("document").GetProperty("translations").EnumerateArray().ShouldHaveSingleItem();
        }
        while (job.GetProperty("status").GetString() != status && job.GetProperty("status").GetString() is "ORDERING" or "SENT" or "IN_PROGRESS");

        job.GetProperty("status").GetString().ShouldBe(status, job.ToString());
        return job;
    }

    private async Task<string> DownloadAsync(string token, string documentId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/records/documents/{documentId}/content", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _host.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<(string Kind, string Summary)>> TimelineAsync(string token, string journeyId)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var data = await _client.DataAsync(token, "query($id: UUID!) { journey(id: $id) { timeline { kind summary } } }", new { id = journeyId });
            var entries = data.GetProperty("journey").GetProperty("timeline").EnumerateArray().Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("summary").GetString()!)).ToList();
            if (entries.Any(e => e.Item1 == "translation-delivered"))
            {
                return entries;
            }

            await Task.Delay(100, patience.Token);
        }
    }
}

public sealed class SqliteRecordsTranslationTests() : RecordsTranslationTests("Sqlite");

public sealed class PostgresRecordsTranslationTests() : RecordsTranslationTests("Postgres");
