using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Audit.Persistence;
using Platform.Patients.Contracts;

namespace Platform.Host.Tests;

/// <summary>
/// The clinical summary over GraphQL, the health passport over HTTP, and the hand-back package from
/// discharge to the home physician's share, on the real host: on its embedded SQLite, and on a
/// throwaway PostgreSQL database of the server in PLATFORM_TEST_POSTGRES.
/// </summary>
public abstract class ContinuityOfCareTests(string provider) : IAsyncLifetime, IDisposable
{
    private readonly HostFactory _host = new() { Settings = { ["Records:CenterCountry"] = "ES", ["Outbox:PollInterval"] = "00:00:00.2" } };
    private readonly string _database = "t_" + Guid.NewGuid().ToString("N");
    private ContinuityOfCare _care = null!;

    public async Task InitializeAsync()
    {
        if (provider == "Postgres")
        {
            await AdminAsync($"CREATE DATABASE \"{_database}\"");
            _host.Settings["Database:Provider"] = "Postgres";
            _host.Settings["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(AdminConnectionString()) { Database = _database, Pooling = false }.ToString();
        }

        _care = new ContinuityOfCare(new GraphQLClient(_host));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (provider == "Postgres")
        {
            await AdminAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("PostgreSQL tests need a server: run build/test.sh (it starts one on 127.0.0.1), or set PLATFORM_TEST_POSTGRES to an admin connection string.");

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task ClinicalSummary_CliniciansKeepIt_ErrorsAreTyped_ThePatientReadsTheirOwn()
    {
        var coordinator = await _care.Api.TokenAsync("coordinator");
        var clinician = await _care.Api.TokenAsync("clinician");
        var (patientId, globalId) = await _care.RegisterAsync(coordinator, "Haddad", ["ar"]);
        var version = await _care.RecordClinicalSummaryAsync(clinician, patientId);

        var invalid = await _care.Api.DataAsync(clinician, """
            mutation($input: RecordDiagnosisInput!) { recordDiagnosis(input: $input) { clinicalSummary { version } errors { __typename message ... on ValidationError { field rule value } } } }
            """, new { input = new { patientId, expectedVersion = version, code = "ZZ9", text = "Unknown", status = "ACTIVE", notedOn = "2026-10-01" } });
        var stale = await _care.Api.DataAsync(clinician, """
            mutation($input: RecordAllergyInput!) { recordAllergy(input: $input) { clinicalSummary { version } errors { __typename message } } }
            """, new { input = new { patientId, expectedVersion = version - 1, substance = "Latex", severity = "MILD" } });
        var byCoordinator = await _care.Api.PostAsync(coordinator, """
            mutation($input: RecordAllergyInput!) { recordAllergy(input: $input) { clinicalSummary { version } errors { __typename message } } }
            """, new { input = new { patientId, expectedVersion = version, substance = "Latex", severity = "MILD" } });
        const string read = "query($id: ID!) { patient(id: $id) { clinicalSummary { version diagnoses { code status } medications { name dose } allergies { substance severity } history { kind action by } } } }";
        var asPatient = await _care.Api.DataAsync(_care.Api.PatientToken(patientId), read, new { id = globalId });
        var asFinance = await _care.Api.PostAsync(await _care.Api.TokenAsync("finance"), read, new { id = globalId });

        var error = invalid.GetProperty("recordDiagnosis").GetProperty("errors")[0];
        (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString(), error.GetProperty("rule").GetString(), error.GetProperty("value").GetString())
            .ShouldBe(("ValidationError", "code", "Icd10", "ZZ9"));
        stale.GetProperty("recordAllergy").GetProperty("errors")[0].GetProperty("__typename").GetString().ShouldBe("ConcurrencyError");
        byCoordinator.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
        var summary = asPatient.GetProperty("patient").GetProperty("clinicalSummary");
        summary.GetProperty("version").GetInt64().ShouldBe(3);
        summary.GetProperty("diagnoses")[0].GetProperty("code").GetString().ShouldBe("M17.1");
        summary.GetProperty("allergies")[0].GetProperty("severity").GetString().ShouldBe("SEVERE");
        summary.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldBe(["ADDED", "ADDED", "ADDED"]);
        summary.GetProperty("history")[0].GetProperty("by").GetString().ShouldBe("clinician");
        asFinance.GetProperty("data").GetProperty("patient").GetProperty("clinicalSummary").ValueKind.ShouldBe(JsonValueKind.Null, asFinance.ToString());
    }

    [Fact]
    public async Task Passport_DownloadsAsPageOrZip_ForStaffAndTheOwnPatient_Only_AndEveryDownloadIsAudited()
    {
        var coordinator = await _care.Api.TokenAsync("coordinator");
        var (patientId, _) = await _care.RegisterAsync(coordinator, "Haddad", ["fr"]);
        var (otherId, _) = await _care.RegisterAsync(coordinator, "Lindqvist", ["sv"], null, null);
        await _care.RecordClinicalSummaryAsync(await _care.Api.TokenAsync("clinician"), patientId);
        var discharge = await _care.UploadPdfAsync(patientId, Records.Contracts.DocumentType.DischargeSummary, "Discharge summary");
        var url = $"/records/patients/{patientId}/health-passport";

        using var page = await _care.GetAsync(url, coordinator);
        using var zip = await _care.GetAsync($"{url}?format=zip", _care.Api.PatientToken(patientId));
        using var stranger = await _care.GetAsync(url, _care.Api.PatientToken(otherId));
        using var finance = await _care.GetAsync(url, await _care.Api.TokenAsync("finance"));
        using var anonymous = await _care.GetAsync(url, null);
        using var badFormat = await _care.GetAsync($"{url}?format=pdf", coordinator);
        using var unsupported = await _care.GetAsync($"/records/patients/{otherId}/health-passport", coordinator);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
        page.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<h1 lang=\"fr\" dir=\"ltr\">Passeport santé</h1><h1 lang=\"en\" dir=\"ltr\">Health passport</h1>");
        html.ShouldContain("Apixaban");
        zip.StatusCode.ShouldBe(HttpStatusCode.OK);
        zip.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync(), ZipArchiveMode.Read))
        {
            archive.Entries.Select(e => e.FullName).ShouldBe(["index.html", "documents/01-dischargesummary.pdf"]);
        }

        stranger.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        finance.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        badFormat.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badFormat.Content.ReadAsStringAsync()).ShouldContain("'format' must be html or zip; got 'pdf'.");
        (await unsupported.Content.ReadAsStringAsync()).ShouldContain("Labels in Swedish (sv), the patient&#39;s preferred language, are not available yet");

        await using var scope = _host.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries;
        (await audit.CountAsync(e => e.Request == "GetHealthPassport" && e.Action == "read" && e.Outcome == "Succeeded")).ShouldBe(3);
        (await audit.CountAsync(e => e.Request == "GetHealthPassport" && e.Outcome == "Denied")).ShouldBe(3);
        (await audit.SingleAsync(e => e.Request == "GetHealthPassport" && e.Action == "download")).ResourceId.ShouldBe(discharge.Id.ToString());
    }

    [Fact]
    public async Task Passport_OverGraphQL_SaysWhatItHolds_AndWhereToGetIt()
    {
        var coordinator = await _care.Api.TokenAsync("coordinator");
        var (patientId, _) = await _care.RegisterAsync(coordinator, "Haddad", ["ar"]);
        await _care.UploadPdfAsync(patientId, Records.Contracts.DocumentType.InvitationLetter, "Invitation");

        var data = await _care.Api.DataAsync(coordinator, """
            query($id: UUID!) { healthPassport(patientId: $id) { language languageSupported htmlUrl zipUrl sections { key title items } documents { type title version fileName } } }
            """, new { id = patientId });

        var passport = data.GetProperty("healthPassport");
        (passport.GetProperty("language").GetString(), passport.GetProperty("languageSupported").GetBoolean()).ShouldBe(("ar", true));
        passport.GetProperty("zipUrl").GetString().ShouldBe($"/records/patients/{patientId}/health-passport?format=zip");
        passport.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("key").GetString()).ShouldBe(
            ["identity", "emergencyContacts", "allergies", "diagnoses", "medications", "appointments", "followUp", "documents"]);
        passport.GetProperty("documents")[0].GetProperty("type").GetString().ShouldBe("INVITATION_LETTER");
    }

    [Fact]
    public async Task Discharge_WritesTheHandBackLetter_InThePhysiciansLanguage_AndTheConsentedShareCarriesItWithTheDischargeSummary()
    {
        var coordinator = await _care.Api.TokenAsync("coordinator");
        var (patientId, globalId) = await _care.RegisterAsync(coordinator, "Haddad", ["ar"]);
        await _care.SetHomePhysicianAsync(patientId, "Dr. Katrin Vogel", "DE");
        await _care.RecordClinicalSummaryAsync(await _care.Api.TokenAsync("clinician"), patientId);
        var journey = await _care.Api.OpenJourneyAsync(coordinator, patientId, "orthopedics");
        var journeyId = journey.GetProperty("id").GetString()!;
        var discharge = await _care.UploadPdfAsync(patientId, Records.Contracts.DocumentType.DischargeSummary, "Discharge summary", Guid.Parse(journeyId));
        var notYet = await SendPackageAsync(coordinator, journeyId);

        await MoveAsync(coordinator, journeyId, journey.GetProperty("version").GetInt64(), "MEDICAL_REVIEW", "QUOTATION", "CONFIRMED", "IN_CARE", "DISCHARGED");
        var letter = await WaitForLetterAsync(coordinator, globalId);
        using var download = await _care.GetAsync($"/records/documents/{letter.GetProperty("id").GetString()}/content", await _care.Api.TokenAsync("clinician"));
        var text = await download.Content.ReadAsStringAsync();
        var refused = await SendPackageAsync(coordinator, journeyId);
        await _care.GrantConsentAsync(patientId, ConsentKind.CrossBorderTransfer);
        var sent = await SendPackageAsync(coordinator, journeyId);

        notYet.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("JOURNEY_NOT_DISCHARGED");
        (letter.GetProperty("language").GetString(), letter.GetProperty("source").GetString()).ShouldBe(("de", "FACILITY"));
        letter.GetProperty("current").GetProperty("contentType").GetString().ShouldBe("text/html");
        text.ShouldContain("Überleitungsbrief an den Hausarzt");
        text.ShouldContain("Dr. Katrin Vogel");
        text.ShouldContain("M17.1");
        text.ShouldContain("Penicillin");
        text.ShouldContain($"(document {discharge.Id})");
        text.ShouldContain("Wound check call", Case.Sensitive, "the follow-up plan Journeys started at discharge is in the letter");
        refused.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("CONSENT_REQUIRED");
        sent.GetProperty("errors").GetArrayLength().ShouldBe(0, sent.ToString());
        var share = sent.GetProperty("share");
        share.GetProperty("recipient").GetProperty("name").GetString().ShouldBe("Dr. Katrin Vogel");
        share.GetProperty("recipient").GetProperty("kind").GetString().ShouldBe("HOME_PHYSICIAN");
        share.GetProperty("documentIds").EnumerateArray().Select(d => d.GetString()).ShouldBe([letter.GetProperty("id").GetString(), discharge.Id.ToString()], ignoreOrder: true);
        using var opened = await _care.GetAsync($"/records/shares/{sent.GetProperty("token").GetString()}", null);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await opened.Content.ReadAsStringAsync()).ShouldContain(discharge.Id.ToString());
    }

    private static readonly string[] _spanishAndEnglish = ["es", "en"];

    [Fact]
    public async Task Passport_CarriesTheAppointmentsToCome_FromScheduling_AndTheFollowUpPlan_FromJourneys()
    {
        var coordinator = await _care.Api.TokenAsync("coordinator");
        var administrator = await _care.Api.TokenAsync("administrator");
        var (patientId, _) = await _care.RegisterAsync(coordinator, "Nowak", ["pl"]);
        var journey = await _care.Api.OpenJourneyAsync(coordinator, patientId, "orthopedics");
        await MoveAsync(coordinator, journey.GetProperty("id").GetString()!, journey.GetProperty("version").GetInt64(), "MEDICAL_REVIEW", "QUOTATION", "CONFIRMED", "IN_CARE", "DISCHARGED");
        var clinician = await _care.Api.DataAsync(administrator, """
            mutation($input: AddClinicianInput!) { addClinician(input: $input) { clinician { id } } }
            """, new { input = new { name = "Dra. Marta Soler", specialty = "Orthopedics", languages = _spanishAndEnglish } });
        var room = await _care.Api.DataAsync(administrator, """
            mutation($input: AddRoomInput!) { addRoom(input: $input) { room { id } } }
            """, new { input = new { name = "Consulta 7", kind = "CONSULTING_ROOM" } });
        var booked = await _care.Api.DataAsync(coordinator, """
            mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } errors { message } } }
            """, new
        {
            input = new
            {
                patientId,
                kind = "FOLLOW_UP",
                clinicianId = clinician.GetProperty("addClinician").GetProperty("clinician").GetProperty("id").GetString(),
                roomId = room.GetProperty("addRoom").GetProperty("room").GetProperty("id").GetString(),
                durationMinutes = 30,
                reason = "Post-operative check",
                start = new { at = DateTimeOffset.UtcNow.AddDays(10) },
            },
        });
        booked.GetProperty("bookAppointment").GetProperty("errors").GetArrayLength().ShouldBe(0, booked.ToString());

        using var page = await _care.GetAsync($"/records/patients/{patientId}/health-passport", coordinator);
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Follow up with Dra. Marta Soler (30 min)");
        html.ShouldContain("Consulta 7");
        html.ShouldContain("Wound check call");
        html.ShouldContain("X-ray of the operated joint, reviewed by the surgeon");
    }

    private async Task<JsonElement> SendPackageAsync(string token, string journeyId) =>
        (await _care.Api.DataAsync(token, """
            mutation($input: SendHandBackPackageInput!) {
              sendHandBackPackage(input: $input) { share { recipient { kind name country } documentIds status } token letterDocumentId errors { __typename message code } }
            }
            """, new { input = new { journeyId, expiresAt = DateTimeOffset.UtcNow.AddDays(14), note = "For the follow-up visit" } })).GetProperty("sendHandBackPackage");

    private async Task MoveAsync(string token, string journeyId, long version, params string[] stages)
    {
        foreach (var to in stages)
        {
            var data = await _care.Api.DataAsync(token, """
                mutation($input: MoveJourneyStageInput!) { moveJourneyStage(input: $input) { journey { version } errors { message } } }
                """, new { input = new { journeyId, expectedVersion = version, to, careSetting = to == "IN_CARE" ? "ADMITTED" : null } });
            var payload = data.GetProperty("moveJourneyStage");
            payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
            version = payload.GetProperty("journey").GetProperty("version").GetInt64();
        }
    }

    /// <summary>The letter is written after Journeys' commit, by the outbox; waits for it (up to a generous bound, never asserting how long it took).</summary>
    private async Task<JsonElement> WaitForLetterAsync(string token, string globalId)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var data = await _care.Api.DataAsync(token, """
                query($id: ID!) { patient(id: $id) { documents(type: HAND_BACK_LETTER) { nodes { id language source title current { contentType } } } } }
                """, new { id = globalId });
            if (data.GetProperty("patient").GetProperty("documents").GetProperty("nodes") is { } nodes && nodes.GetArrayLength() > 0)
            {
                return nodes[0];
            }

            await Task.Delay(100);
        }

        throw new ShouldAssertException("No hand-back letter was written within 30 seconds of the discharge.");
    }
}

public sealed class SqliteContinuityOfCareTests() : ContinuityOfCareTests("Sqlite");

public sealed class PostgresContinuityOfCareTests() : ContinuityOfCareTests("Postgres");
