using System.Text;
using Platform.Kernel.Security;
using Platform.Records.Contracts;

namespace Platform.Host.Tests;

/// <summary>sweepOrphanFiles over GraphQL on the real host, with real files in its content store.</summary>
public sealed class OrphanSweepGraphQLTests : IDisposable
{
    private const string Sweep = """
        mutation($input: SweepOrphanFilesInput!) {
          sweepOrphanFiles(input: $input) { sweep { examined referenced tooYoung removed removedBytes failed dryRun } errors { __typename message } }
        }
        """;

    private readonly HostFactory _host = new();

    private string ContentRoot => Path.Combine(Path.GetDirectoryName(_host.DatabasePath)!, "records");

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Administrator_RemovesTheAbandonedFile_AndKeepsTheDocumentsAndTheYoungOne()
    {
        var client = new GraphQLClient(_host);
        var coordinator = await client.TokenAsync("coordinator");
        var patientId = await client.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Sweep");
        await using (var content = new MemoryStream(Encoding.UTF8.GetBytes("Lab results: creatinine 1.1 mg/dl")))
        {
            await client.SendAsync(PlatformPrincipal.Create("coordinator", "Amira Haddad", [Roles.Coordinator]),
                new UploadDocument(patientId, DocumentType.LabResults, "Labs", "en", DocumentSource.HomeProvider, new DocumentContent("labs.txt", "text/plain", content)));
        }

        var filed = Directory.EnumerateFiles(ContentRoot, "*", SearchOption.AllDirectories).Single(f => !f.Contains(".incoming", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(filed, DateTime.UtcNow.AddDays(-10));
        var abandoned = Orphan("2025/12/abandoned", TimeSpan.FromDays(2));
        var young = Orphan("2026/11/just-written", TimeSpan.FromMinutes(5));

        var refused = await client.PostAsync(coordinator, Sweep, new { input = new { dryRun = false } });
        var swept = await client.DataAsync(await client.TokenAsync("administrator"), Sweep, new { input = new { dryRun = false } });

        refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
        var sweep = swept.GetProperty("sweepOrphanFiles").GetProperty("sweep");
        (sweep.GetProperty("examined").GetInt32(), sweep.GetProperty("referenced").GetInt32(), sweep.GetProperty("tooYoung").GetInt32(), sweep.GetProperty("removed").GetInt32())
            .ShouldBe((3, 1, 1, 1));
        File.Exists(abandoned).ShouldBeFalse();
        File.Exists(young).ShouldBeTrue();
        File.Exists(filed).ShouldBeTrue();
    }

    private string Orphan(string key, TimeSpan age)
    {
        var path = Path.Combine(ContentRoot, key.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "bytes whose row never committed");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}
