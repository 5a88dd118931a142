using System.Net;
using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>
/// The schema artifact front-end teams build against (samples/schema.graphql) is the schema the host
/// serves, and it breaks nothing against the previous release (samples/schema-released.graphql)
/// that is not announced in samples/schema-breaking-changes.json (graphql-js findBreakingChanges).
/// </summary>
public sealed class SchemaArtifactTests : IDisposable
{
    private const string Regenerate = "dotnet run --project src/Platform.Host -- schema samples/schema.graphql";
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-schema-artifact").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Samples(string file) => Path.Combine(HostFactory.RepositoryRoot(), "samples", file);

    [Fact]
    public async Task ServedSchema_IsTheCheckedInArtifact()
    {
        using var host = new HostFactory();

        var response = await host.CreateClient().GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
        var served = await response.Content.ReadAsStringAsync();
        var checkedIn = File.ReadAllText(Samples("schema.graphql")).ReplaceLineEndings("\n");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/plain; charset=utf-8");
        if (served != checkedIn)
        {
            var servedLines = served.Split('\n');
            var fileLines = checkedIn.Split('\n');
            var line = Enumerable.Range(0, Math.Max(servedLines.Length, fileLines.Length))
                .First(i => i >= servedLines.Length || i >= fileLines.Length || servedLines[i] != fileLines[i]);
            Assert.Fail(
                $"samples/schema.graphql differs from the schema the host serves, first at line {line + 1}:\n" +
                $"  served:     {(line < servedLines.Length ? servedLines[line] : "(end)")}\n" +
                $"  checked in: {(line < fileLines.Length ? fileLines[line] : "(end)")}\n" +
                $"Regenerate it from the repository root with:\n  {Regenerate}\n" +
                "then check it breaks nothing unannounced (SchemaArtifactTests) and commit it.");
        }
    }

    [Fact]
    public async Task CheckedInSchema_BreaksNothingUnannounced_AgainstTheReleasedSchema()
    {
        var report = await CheckAsync(Samples("schema-released.graphql"), Samples("schema.graphql"), Samples("schema-breaking-changes.json"));

        var unannounced = report.GetProperty("breaking").EnumerateArray().Where(c => !c.GetProperty("announced").GetBoolean())
            .Select(c => $"  {{\"type\": \"{c.GetProperty("type").GetString()}\", \"description\": {JsonSerializer.Serialize(c.GetProperty("description").GetString())}, \"reason\": \"...\"}}")
            .ToList();
        unannounced.ShouldBeEmpty(
            "samples/schema.graphql breaks clients built against samples/schema-released.graphql. Keep the old field (deprecate it instead), or announce " +
            "the change to the front-end teams and list it in samples/schema-breaking-changes.json under \"announced\":\n" + string.Join(",\n", unannounced));
        report.GetProperty("staleAnnouncements").GetArrayLength().ShouldBe(0,
            "samples/schema-breaking-changes.json announces changes that no longer happen; remove them: " + report.GetProperty("staleAnnouncements"));
    }

    [Fact]
    public async Task BreakingChangeCheck_ReportsARemovedField_AndAcceptsItOnlyWhenAnnouncedWithAReason()
    {
        var released = Write("released.graphql", "type Query { patient: Patient }\ntype Patient { id: ID! familyName: String }\n");
        var current = Write("current.graphql", "type Query { patient: Patient }\ntype Patient { id: ID! }\n");
        var none = Write("none.json", """{"announced": []}""");
        var announced = Write("announced.json", """{"announced": [{"type": "FIELD_REMOVED", "description": "Patient.familyName was removed.", "reason": "Replaced by identity.familyName in 2.0."}]}""");
        var withoutReason = Write("no-reason.json", """{"announced": [{"type": "FIELD_REMOVED", "description": "Patient.familyName was removed."}]}""");

        var unannounced = (await CheckAsync(released, current, none)).GetProperty("breaking").EnumerateArray().Single();
        var accepted = (await CheckAsync(released, current, announced)).GetProperty("breaking").EnumerateArray().Single();
        var unexplained = (await CheckAsync(released, current, withoutReason)).GetProperty("breaking").EnumerateArray().Single();
        var stale = (await CheckAsync(released, released, announced)).GetProperty("staleAnnouncements");

        unannounced.GetProperty("type").GetString().ShouldBe("FIELD_REMOVED");
        unannounced.GetProperty("description").GetString().ShouldBe("Patient.familyName was removed.");
        unannounced.GetProperty("announced").GetBoolean().ShouldBeFalse();
        accepted.GetProperty("announced").GetBoolean().ShouldBeTrue();
        accepted.GetProperty("reason").GetString().ShouldBe("Replaced by identity.familyName in 2.0.");
        unexplained.GetProperty("announced").GetBoolean().ShouldBeFalse();
        stale.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task SchemaDocument_WhereIntrospectionIsOff_IsNotServed()
    {
        using var host = new HostFactory { Settings = { ["GraphQL:AllowIntrospection"] = "false" } };

        var response = await host.CreateClient().GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<JsonElement> CheckAsync(string released, string current, string announced)
    {
        var (exitCode, output, error) = await GraphiQLTests.RunNodeAsync("tasks/breaking-changes.mjs", released, current, announced);
        exitCode.ShouldBe(0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
