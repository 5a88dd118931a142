using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.Persistence;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;

namespace Platform.Host.Tests;

/// <summary>
/// Records over real HTTP: multipart uploads through /graphql, downloads with their audit entries,
/// refusals that store nothing, consented shares opened by token, and access by role.
/// </summary>
public sealed class RecordsGraphQLTests : IDisposable
{
    private const string Eicar = @"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private const string Upload = """
        mutation Upload($input: UploadDocumentInput!) {
          uploadDocument(input: $input) {
            document { id type title language source current { number fileName contentType size sha256 } }
            errors { __typename message code ... on ValidationError { field rule value } }
          }
        }
        """;

    private static readonly string[] _referralLetters = ["REFERRAL_LETTER"];

    private static readonly byte[] _pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Discharge summary\n%%EOF\n");

    private readonly MovableClock _clock = new();
    private readonly Dictionary<string, string> _globalIds = [];
    private readonly HostFactory _host;
    private readonly WebApplicationFactoryClient _web;

    public RecordsGraphQLTests()
    {
        _host = new HostFactory
        {
            Settings =
            {
                ["Records:VirusScanner"] = "eicar",
                ["Records:MaxDocumentBytes"] = "4096",
                ["Records:CenterCountry"] = "ES",
            },
        };
        _web = new WebApplicationFactoryClient(_host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock))));
    }

    private string RecordsFolder => Path.Combine(Path.GetDirectoryName(_host.DatabasePath)!, "records");

    public void Dispose()
    {
        _web.Dispose();
        _host.Dispose();
    }

    [Fact]
    public async Task MultipartUpload_ThenDownload_ServesTheBytes_AndAuditsTheDownload()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);

        var body = await UploadAsync(coordinator, patientId, _pdf, "application/pdf", "discharge summary.pdf");
        var payload = body.GetProperty("data").GetProperty("uploadDocument");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, body.ToString());
        var document = payload.GetProperty("document");
        var id = document.GetProperty("id").GetString();
        var current = document.GetProperty("current");
        current.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(_pdf)));
        current.GetProperty("size").GetInt64().ShouldBe(_pdf.Length);
        current.GetProperty("fileName").GetString().ShouldBe("discharge summary.pdf");

        using var download = await GetAsync($"/records/documents/{id}/content", await TokenAsync("clinician"));

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(_pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("discharge summary.pdf");
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var entry = await LastAuditAsync(e => e.Request == "OpenDocumentContent");
        (entry.UserId, entry.Action, entry.ResourceType, entry.ResourceId, entry.Outcome).ShouldBe(("clinician", "download", "Document", id, "Succeeded"));
    }

    [Fact]
    public async Task Multipart_WithoutThePreflightHeader_IsRefused_AndStoresNothing()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);

        using var response = await PostMultipartAsync(coordinator, patientId, _pdf, "application/pdf", "a.pdf", preflight: false);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("GraphQL-Preflight");
        await ShouldHoldNoDocumentsAsync(coordinator, patientId);
    }

    [Fact]
    public async Task DeclaredType_TheBytesContradict_ComesBackAsAValidationError_NamingBoth()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);

        var body = await UploadAsync(coordinator, patientId, _pdf, "image/png", "scan.png");

        var error = body.GetProperty("data").GetProperty("uploadDocument").GetProperty("errors")[0];
        error.GetProperty("__typename").GetString().ShouldBe("ValidationError");
        error.GetProperty("field").GetString().ShouldBe("content.contentType");
        error.GetProperty("message").GetString().ShouldBe(
            "'content.contentType' says image/png but the bytes of 'scan.png' are a PDF document (application/pdf); declare the right type or send the right file; got 'image/png'.");
        await ShouldHoldNoDocumentsAsync(coordinator, patientId);
    }

    [Fact]
    public async Task Eicar_IsRefusedByTheScanner_WithNoFileAndNoRow()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);

        var body = await UploadAsync(coordinator, patientId, Encoding.ASCII.GetBytes(Eicar), "text/plain", "eicar.com.txt");

        var error = body.GetProperty("data").GetProperty("uploadDocument").GetProperty("errors")[0];
        (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()).ShouldBe(("BusinessRuleError", "CONTENT_REFUSED_BY_SCANNER"));
        await ShouldHoldNoDocumentsAsync(coordinator, patientId);
    }

    [Fact]
    public async Task File_OverTheSizeLimit_IsRefused_AndStoresNothing()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);

        var body = await UploadAsync(coordinator, patientId, Encoding.ASCII.GetBytes(new string('x', 5000)), "text/plain", "notes.txt");

        var error = body.GetProperty("data").GetProperty("uploadDocument").GetProperty("errors")[0];
        (error.GetProperty("field").GetString(), error.GetProperty("rule").GetString()).ShouldBe(("content", "MaxSize"));
        error.GetProperty("message").GetString()!.ShouldContain("at most 4096 bytes");
        await ShouldHoldNoDocumentsAsync(coordinator, patientId);
    }

    [Fact]
    public async Task Download_ByRole_FinanceGetsInvoicesOnly_MarketingNothing()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);
        var labs = await UploadIdAsync(coordinator, patientId, "LAB_RESULTS");
        var invoice = await UploadIdAsync(coordinator, patientId, "INVOICE");
        var finance = await TokenAsync("finance");

        using var invoiceDownload = await GetAsync($"/records/documents/{invoice}/content", finance);
        using var labsDownload = await GetAsync($"/records/documents/{labs}/content", finance);
        using var marketing = await GetAsync($"/records/documents/{labs}/content", await TokenAsync("marketing"));
        using var anonymous = await GetAsync($"/records/documents/{labs}/content", null);

        invoiceDownload.StatusCode.ShouldBe(HttpStatusCode.OK);
        labsDownload.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await labsDownload.Content.ReadAsStringAsync()).ShouldContain("finance staff may read only invoices");
        marketing.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LastAuditAsync(e => e.Request == "OpenDocumentContent")).Outcome.ShouldBe("Denied");
    }

    [Fact]
    public async Task PatientDocuments_ForSeveralPatients_LoadInOneBatch()
    {
        var coordinator = await TokenAsync("coordinator");
        var first = await RegisterAsync(coordinator, "Haddad");
        var second = await RegisterAsync(coordinator, "Lindqvist");
        await UploadIdAsync(coordinator, first, "REFERRAL_LETTER");
        await UploadIdAsync(coordinator, first, "LAB_RESULTS");
        await UploadIdAsync(coordinator, second, "PASSPORT_COPY");

        var body = await PostJsonAsync(coordinator, new
        {
            query = "query($a: ID!, $b: ID!) { a: patient(id: $a) { documents(first: 1) { totalCount pageInfo { hasNextPage } nodes { type } } } b: patient(id: $b) { documents(first: 1) { totalCount nodes { type } } } }",
            variables = new { a = _globalIds[first], b = _globalIds[second] },
        });

        var a = body.GetProperty("data").GetProperty("a").GetProperty("documents");
        (a.GetProperty("totalCount").GetInt32(), a.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()).ShouldBe((2, true), body.ToString());
        a.GetProperty("nodes")[0].GetProperty("type").GetString().ShouldBe("LAB_RESULTS");
        body.GetProperty("data").GetProperty("b").GetProperty("documents").GetProperty("nodes")[0].GetProperty("type").GetString().ShouldBe("PASSPORT_COPY");
        await using var scope = _web.Factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.CountAsync(e => e.Request == "ListPatientsDocuments")).ShouldBe(1);
    }

    [Fact]
    public async Task Share_WithoutConsent_IsRefused_WithConsent_OpensByToken_UntilRevokedOrExpired()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);
        var summary = await UploadIdAsync(coordinator, patientId, "DISCHARGE_SUMMARY");
        const string share = """
            mutation Share($input: ShareDocumentsInput!) {
              shareDocuments(input: $input) { share { id version status } token errors { __typename message code } }
            }
            """;
        object Input(int days) => new
        {
            input = new
            {
                patientId,
                recipient = new { kind = "HOME_PHYSICIAN", name = "Dr. Khalid Al-Mansoori", country = "AE" },
                documentIds = new[] { summary },
                expiresAt = _clock.GetUtcNow().AddDays(days),
            },
        };

        var refused = (await PostJsonAsync(coordinator, new { query = share, variables = Input(7) })).GetProperty("data").GetProperty("shareDocuments");
        refused.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("CONSENT_REQUIRED");
        await GrantConsentAsync(Guid.Parse(patientId), ConsentKind.CrossBorderTransfer);
        var first = (await PostJsonAsync(coordinator, new { query = share, variables = Input(7) })).GetProperty("data").GetProperty("shareDocuments");
        var second = (await PostJsonAsync(coordinator, new { query = share, variables = Input(1) })).GetProperty("data").GetProperty("shareDocuments");
        var token = first.GetProperty("token").GetString();

        using var opened = await GetAsync($"/records/shares/{token}", null);
        using var downloaded = await GetAsync($"/records/shares/{token}/documents/{summary}", null);
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await opened.Content.ReadAsStringAsync()).ShouldContain(summary!);
        (await downloaded.Content.ReadAsByteArrayAsync()).ShouldBe(_pdf);

        var revoke = await PostJsonAsync(coordinator, new
        {
            query = "mutation($input: RevokeShareInput!) { revokeShare(input: $input) { share { status } errors { message } } }",
            variables = new { input = new { patientId, shareId = first.GetProperty("share").GetProperty("id").GetString(), expectedVersion = first.GetProperty("share").GetProperty("version").GetInt64() } },
        });
        revoke.GetProperty("data").GetProperty("revokeShare").GetProperty("share").GetProperty("status").GetString().ShouldBe("REVOKED");
        using var afterRevoke = await GetAsync($"/records/shares/{token}", null);
        afterRevoke.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await afterRevoke.Content.ReadAsStringAsync()).ShouldContain("revoked");

        _clock.Advance(TimeSpan.FromDays(2));
        using var afterExpiry = await GetAsync($"/records/shares/{second.GetProperty("token").GetString()}/documents/{summary}", null);
        afterExpiry.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await afterExpiry.Content.ReadAsStringAsync()).ShouldContain("expired");
        (await LastAuditAsync(e => e.UserId == "share:" + second.GetProperty("share").GetProperty("id").GetString())).Outcome.ShouldBe("Denied");
    }

    [Fact]
    public async Task RecordsRequest_IsFiledThroughMultipart_AgainstTheRequest()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);
        var requested = await PostJsonAsync(coordinator, new
        {
            query = "mutation($input: RequestRecordsInput!) { requestRecords(input: $input) { recordsRequest { id version status dueBy } errors { message } } }",
            variables = new
            {
                input = new
                {
                    patientId,
                    provider = new { name = "Hôpital Cochin", country = "FR", email = "dossiers@example.fr" },
                    requested = "Cardiology follow-up letters",
                    dueBy = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    expectedTypes = _referralLetters,
                },
            },
        });
        var request = requested.GetProperty("data").GetProperty("requestRecords").GetProperty("recordsRequest");

        var received = await PostMultipartAsync(coordinator, """
            mutation($input: RecordRecordsReceivedInput!) {
              recordRecordsReceived(input: $input) { recordsRequest { status receivedDocumentIds } document { id source } errors { message } }
            }
            """, new { requestId = request.GetProperty("id").GetString(), expectedVersion = request.GetProperty("version").GetInt64(), type = "REFERRAL_LETTER", title = "Lettre", language = "fr", complete = true }, patientId, _pdf, "application/pdf", "lettre.pdf");

        var payload = (await ReadAsync(received)).GetProperty("data").GetProperty("recordRecordsReceived");
        payload.GetProperty("recordsRequest").GetProperty("status").GetString().ShouldBe("RECEIVED", payload.ToString());
        payload.GetProperty("document").GetProperty("source").GetString().ShouldBe("HOME_PROVIDER");
    }

    [Theory]
    [InlineData("""{"1":["variables.input.content"]}""", "no file part of that name")]
    [InlineData("""{"0":["variables.input.title"]}""", "must point at a null")]
    [InlineData("""{"0":["variables.input.nowhere.deep"]}""", "does not exist in the operations' variables")]
    [InlineData("""{"0":["query"]}""", "must start with \"variables.\"")]
    [InlineData("""["0"]""", "The \"map\" part must be a JSON object")]
    public async Task Multipart_WithABrokenMap_Is400_SayingWhy(string map, string expected)
    {
        var coordinator = await TokenAsync("coordinator");
        var operations = JsonSerializer.Serialize(new { query = Upload, variables = new { input = new { patientId = Guid.NewGuid(), type = "OTHER", title = "t", language = "en", source = "FACILITY", content = (string?)null } } });
        using var form = new MultipartFormDataContent
        {
            { new StringContent(operations, Encoding.UTF8), "operations" },
            { new StringContent(map, Encoding.UTF8), "map" },
            { new ByteArrayContent(_pdf), "0", "a.pdf" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", coordinator);
        request.Headers.Add("GraphQL-Preflight", "1");

        using var response = await _web.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        JsonDocument.Parse(body).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain(expected, Case.Sensitive, body);
    }

    [Fact]
    public async Task Upload_GivenAsJsonInsteadOfAFile_IsRefused()
    {
        var coordinator = await TokenAsync("coordinator");
        var patientId = await RegisterAsync(coordinator);

        var body = await PostJsonAsync(coordinator, new
        {
            query = Upload,
            variables = new { input = new { patientId, type = "OTHER", title = "t", language = "en", source = "FACILITY", content = "JVBERi0xLjc=" } },
        });

        body.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("Upload cannot represent");
    }

    private async Task GrantConsentAsync(Guid patientId, ConsentKind kind)
    {
        await using var scope = _web.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(PlatformPrincipal.Create("coordinator", "Amira Haddad", [Roles.Coordinator]), "test");
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var patient = await mediator.Send(new GetPatient(patientId));
        await mediator.Send(new RecordConsent(patientId, patient.Version, kind, ConsentDecision.Granted, ConsentChannel.SignedForm, null, "Signed at the first consultation"));
    }

    private async Task ShouldHoldNoDocumentsAsync(string token, string patientId)
    {
        var body = await PostJsonAsync(token, new { query = "query($id: ID!) { patient(id: $id) { documents { totalCount } } }", variables = new { id = _globalIds[patientId] } });
        body.GetProperty("data").GetProperty("patient").GetProperty("documents").GetProperty("totalCount").GetInt32().ShouldBe(0, body.ToString());
        (Directory.Exists(RecordsFolder) ? Directory.EnumerateFiles(RecordsFolder, "*", SearchOption.AllDirectories) : []).ShouldBeEmpty();
    }

    private async Task<Audit.Trail.AuditEntry> LastAuditAsync(System.Linq.Expressions.Expression<Func<Audit.Trail.AuditEntry, bool>> where)
    {
        await using var scope = _web.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.Where(where).OrderBy(e => e.Sequence).LastAsync();
    }

    private async Task<string> RegisterAsync(string token, string familyName = "Haddad")
    {
        var body = await PostJsonAsync(token, new
        {
            query = "mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id registryId } errors { message } } }",
            variables = new { input = new { kind = "MEDICAL_TOURIST", source = "DIRECT", identity = new { familyName, givenName = "Amira", dateOfBirth = "1984-03-02", sex = "FEMALE", nationality = "AE" } } },
        });
        var patient = body.GetProperty("data").GetProperty("registerPatient").GetProperty("patient");
        var registryId = patient.GetProperty("registryId").GetString()!;
        _globalIds[registryId] = patient.GetProperty("id").GetString()!; // patient(id:) takes the global id; Records' inputs take the registry id
        return registryId;
    }

    private async Task<string?> UploadIdAsync(string token, string patientId, string type)
    {
        using var response = await PostMultipartAsync(token, Upload, new { type, title = $"{type} from home", language = "en", source = "HOME_PROVIDER" }, patientId, _pdf, "application/pdf", "doc.pdf");
        var body = await ReadAsync(response);
        return body.GetProperty("data").GetProperty("uploadDocument").GetProperty("document").GetProperty("id").GetString();
    }

    private async Task<JsonElement> UploadAsync(string token, string patientId, byte[] bytes, string contentType, string fileName)
    {
        using var response = await PostMultipartAsync(token, patientId, bytes, contentType, fileName, preflight: true);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ReadAsync(response);
    }

    private Task<HttpResponseMessage> PostMultipartAsync(string token, string patientId, byte[] bytes, string contentType, string fileName, bool preflight) =>
        PostMultipartAsync(token, Upload, new { type = "DISCHARGE_SUMMARY", title = "Discharge summary", language = "en-GB", source = "HOME_PROVIDER" }, patientId, bytes, contentType, fileName, preflight);

    /// <summary>A GraphQL multipart request: operations (the file's place null), map, then the file part.</summary>
    private async Task<HttpResponseMessage> PostMultipartAsync(string token, string query, object fields, string patientId, byte[] bytes, string contentType, string fileName, bool preflight = true)
    {
        var input = JsonSerializer.SerializeToNode(fields)!.AsObject();
        input["patientId"] = patientId;
        input["content"] = null;
        var operations = JsonSerializer.Serialize(new { query, variables = new { input } });
        using var form = new MultipartFormDataContent
        {
            { new StringContent(operations, Encoding.UTF8), "operations" },
            { new StringContent("""{"0":["variables.input.content"]}""", Encoding.UTF8), "map" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "0", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (preflight)
        {
            request.Headers.Add("GraphQL-Preflight", "1");
        }

        return await _web.Client.SendAsync(request);
    }

    private async Task<JsonElement> PostJsonAsync(string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _web.Client.SendAsync(request);
        return await ReadAsync(response);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _web.Client.SendAsync(request);
    }

    private async Task<string> TokenAsync(string user)
    {
        var response = await _web.Client.GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={user}", UriKind.Relative));
        return response.GetProperty("accessToken").GetString()!;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The host with a clock the test moves, and one client on it.</summary>
    private sealed class WebApplicationFactoryClient(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) : IDisposable
    {
        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; } = factory;

        public HttpClient Client { get; } = factory.CreateClient();

        public void Dispose()
        {
            Client.Dispose();
            Factory.Dispose();
        }
    }

    /// <summary>Real time moved forward on demand (a share's expiry).</summary>
    private sealed class MovableClock : TimeProvider
    {
        private long _offsetTicks;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}
