using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>Trusted documents and persisted queries over HTTP on the real host: documentId, Apollo's automatic persisted queries, and the registered-only mode.</summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Typename = "query Typename { __typename }";
    private const string ProductionKey = "production-test-signing-key-0123456789abcdef";
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-trusted-documents").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task DocumentId_OfARegisteredDocument_RunsIt_ByHashOrByTheManifestsOwnId()
    {
        using var host = new HostFactory { Settings = { ["GraphQL:TrustedDocuments:ManifestPath"] = ApolloManifest(("typename-v1", Typename)) } };

        var byOwnId = await PostAsync(host, new { documentId = "typename-v1" });
        var byHash = await PostAsync(host, new { documentId = "sha256:" + Sha256(Typename) });
        var byGet = await host.CreateClient().GetAsync(new Uri("/graphql?documentId=typename-v1", UriKind.Relative));

        foreach (var response in new[] { byOwnId, byHash, byGet })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await ReadAsync(response)).GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
        }
    }

    [Fact]
    public async Task DocumentId_NotRegistered_IsRefusedWithPersistedDocumentNotFound()
    {
        using var host = new HostFactory { Settings = { ["GraphQL:TrustedDocuments:ManifestPath"] = FlatManifest(Typename) } };

        var response = await PostAsync(host, new { documentId = "sha256:" + new string('a', 64) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(response);
        Code(error).ShouldBe("PERSISTED_DOCUMENT_NOT_FOUND");
        error.GetProperty("message").GetString()!.ShouldStartWith($"No registered document has the documentId 'sha256:{new string('a', 64)}'");
    }

    [Fact]
    public async Task QueryAndDocumentId_Together_AreABadRequest()
    {
        using var host = new HostFactory { Settings = { ["GraphQL:TrustedDocuments:ManifestPath"] = FlatManifest(Typename) } };

        var response = await PostAsync(host, new { query = Typename, documentId = "sha256:" + Sha256(Typename) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(response);
        Code(error).ShouldBe("BAD_REQUEST");
        error.GetProperty("message").GetString().ShouldBe("Send either \"query\" (the document's text) or \"documentId\" (a registered document's id), not both.");
    }

    [Fact]
    public async Task OnlyMode_RefusesUnregisteredText_ButRunsRegisteredDocuments()
    {
        using var host = new HostFactory
        {
            Environment = "Production",
            Settings =
            {
                ["Identity:Jwt:SigningKey"] = ProductionKey,
                ["GraphQL:TrustedDocuments:Mode"] = "Only",
                ["GraphQL:TrustedDocuments:ManifestPath"] = FlatManifest(Typename),
            },
        };

        var unregistered = await PostAsync(host, new { query = "{ __typename }" });
        var byId = await PostAsync(host, new { documentId = "sha256:" + Sha256(Typename) });
        var registeredText = await PostAsync(host, new { query = Typename });

        unregistered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(unregistered);
        Code(error).ShouldBe("TRUSTED_DOCUMENT_REQUIRED");
        error.GetProperty("message").GetString()!.ShouldContain("GraphQL:TrustedDocuments:Mode is Only");
        byId.StatusCode.ShouldBe(HttpStatusCode.OK);
        registeredText.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AutomaticPersistedQueries_InDevelopment_RegisterOnFirstSend_ThenRunByHash()
    {
        using var host = new HostFactory();
        const string query = "query Apq { __typename }";
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = Sha256(query) } };

        var unknown = await PostAsync(host, new { extensions = persisted });
        var registering = await PostAsync(host, new { query, extensions = persisted });
        var byHash = await PostAsync(host, new { extensions = persisted });
        var byGet = await host.CreateClient().GetAsync(new Uri("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(persisted)), UriKind.Relative));

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(unknown);
        Code(error).ShouldBe("PERSISTED_QUERY_NOT_FOUND");
        error.GetProperty("message").GetString()!.ShouldStartWith("PersistedQueryNotFound:");
        registering.StatusCode.ShouldBe(HttpStatusCode.OK);
        byHash.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(byHash)).GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
        (await ReadAsync(byGet)).GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
    }

    [Fact]
    public async Task AutomaticPersistedQuery_WithAHashThatIsNotTheQuerys_IsRefusedAndNotRegistered()
    {
        using var host = new HostFactory();
        var wrong = Sha256("{ something else }");
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = wrong } };

        var mismatch = await PostAsync(host, new { query = "{ __typename }", extensions = persisted });
        var afterwards = await PostAsync(host, new { extensions = persisted });

        var error = await SingleErrorAsync(mismatch);
        Code(error).ShouldBe("PERSISTED_QUERY_HASH_MISMATCH");
        error.GetProperty("message").GetString().ShouldBe(
            $"extensions.persistedQuery.sha256Hash '{wrong}' is not the SHA-256 of the query's UTF-8 text, which is '{Sha256("{ __typename }")}'.");
        Code(await SingleErrorAsync(afterwards)).ShouldBe("PERSISTED_QUERY_NOT_FOUND");
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"x"}}""", "extensions.persistedQuery.version is 2: the only supported version is 1.")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"abc"}}""", "extensions.persistedQuery.sha256Hash is \"abc\": expected the document's SHA-256 as 64 hex digits.")]
    public async Task PersistedQuery_Malformed_IsABadRequestNamingTheField(string extensions, string message)
    {
        using var host = new HostFactory();
        using var content = new StringContent($$"""{"extensions":{{extensions}}}""", Encoding.UTF8, "application/json");

        var response = await host.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(response);
        Code(error).ShouldBe("BAD_REQUEST");
        error.GetProperty("message").GetString().ShouldBe(message);
    }

    [Fact]
    public async Task AutomaticPersistedQueries_OutsideDevelopment_AreNotSupported_SoClientsSendTheText()
    {
        using var host = new HostFactory { Environment = "Production", Settings = { ["Identity:Jwt:SigningKey"] = ProductionKey } };
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = Sha256("{ __typename }") } };

        var byHash = await PostAsync(host, new { extensions = persisted });
        var withText = await PostAsync(host, new { query = "{ __typename }", extensions = persisted });
        var stillByHash = await PostAsync(host, new { extensions = persisted });

        Code(await SingleErrorAsync(byHash)).ShouldBe("PERSISTED_QUERY_NOT_SUPPORTED");
        withText.StatusCode.ShouldBe(HttpStatusCode.OK);
        Code(await SingleErrorAsync(stillByHash)).ShouldBe("PERSISTED_QUERY_NOT_SUPPORTED");
    }

    [Fact]
    public async Task ChangedManifest_IsPickedUpWithoutARestart_AndABrokenOneLeavesTheRegisteredDocumentsInUse()
    {
        const string Patients = "query PatientCount { patients { totalCount } }";
        var path = FlatManifest(Typename);
        using var host = new HostFactory { Settings = { ["GraphQL:TrustedDocuments:ManifestPath"] = path } };
        (await PostAsync(host, new { documentId = "sha256:" + Sha256(Typename) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(host, new { documentId = "sha256:" + Sha256(Patients) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        FlatManifest(Typename, Patients);
        var found = await EventuallyAsync(async () => (await PostAsync(host, new { documentId = "sha256:" + Sha256(Patients) })).StatusCode != HttpStatusCode.BadRequest);

        File.WriteAllText(path, "{ not json");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var afterBrokenWrite = await PostAsync(host, new { documentId = "sha256:" + Sha256(Typename) });

        found.ShouldBeTrue("the new document was registered after the manifest changed");
        afterBrokenWrite.StatusCode.ShouldBe(HttpStatusCode.OK, "a manifest that does not parse is refused and the one in use stays");
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    [Fact]
    public void Manifest_WhoseIdIsNotItsDocumentsHash_StopsStartup()
    {
        var path = Path.Combine(_directory, "tampered.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string> { [Sha256(Typename)] = "{ __schema { types { name } } }" }));
        using var host = new HostFactory { Settings = { ["GraphQL:TrustedDocuments:ManifestPath"] = path } };

        var failure = Should.Throw<InvalidOperationException>(() => host.CreateClient());

        failure.Message.ShouldStartWith($"The trusted document manifest '{path}' registers id '{Sha256(Typename)}', which is not the SHA-256 of its document");
    }

    [Fact]
    public void OnlyMode_WithAutomaticPersistedQueries_StopsStartup()
    {
        using var host = new HostFactory
        {
            Settings =
            {
                ["GraphQL:TrustedDocuments:Mode"] = "Only",
                ["GraphQL:TrustedDocuments:AutomaticPersistedQueries"] = "true",
                ["GraphQL:TrustedDocuments:ManifestPath"] = FlatManifest(Typename),
            },
        };

        Should.Throw<InvalidOperationException>(() => host.CreateClient()).Message
            .ShouldStartWith("GraphQL:TrustedDocuments:AutomaticPersistedQueries is true while Mode is Only");
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A manifest as GraphQL Code Generator's client preset writes it: hash to text.</summary>
    private string FlatManifest(params string[] documents)
    {
        var path = Path.Combine(_directory, "persisted-documents.json");
        File.WriteAllText(path, JsonSerializer.Serialize(documents.ToDictionary(Sha256, d => d)));
        return path;
    }

    /// <summary>An Apollo persisted query manifest, with ids of its own.</summary>
    private string ApolloManifest(params (string Id, string Body)[] operations)
    {
        var path = Path.Combine(_directory, "persisted-query-manifest.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = operations.Select(o => new { id = o.Id, body = o.Body, name = "Typename", type = "query" }),
        }));
        return path;
    }

    private static async Task<HttpResponseMessage> PostAsync(HostFactory host, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        return await host.CreateClient().SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        var body = await ReadAsync(response);
        body.TryGetProperty("data", out _).ShouldBeFalse();
        body.GetProperty("errors").GetArrayLength().ShouldBe(1, body.ToString());
        return body.GetProperty("errors")[0];
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
