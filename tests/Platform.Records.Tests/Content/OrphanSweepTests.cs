using Platform.Kernel.Security;
using Platform.Records.Contracts;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.Content;

/// <summary>The orphan-file sweep over real files in the content store: what it removes, what it never touches.</summary>
public abstract class OrphanSweepTests(string provider) : RecordsTestBase(provider)
{
    private static readonly byte[] _orphan = Files.Pdf("An upload whose transaction never committed");

    [Fact]
    public async Task Sweep_RemovesOnlyUnreferencedFilesOlderThanTheGracePeriod()
    {
        var patient = await RegisterAsync();
        var document = await UploadAsync(patient.Id);
        var referenced = PathOf(await KeyOfAsync(document));
        var oldOrphan = await WriteOrphanAsync("2026/01/abandoned-upload", age: TimeSpan.FromDays(3));
        var youngOrphan = await WriteOrphanAsync("2026/01/still-committing", age: TimeSpan.FromHours(1));
        File.SetLastWriteTimeUtc(referenced, DateTime.UtcNow.AddDays(-30));

        var sweep = await Send(Users.Administrator, new SweepOrphanFiles());

        (sweep.Examined, sweep.Referenced, sweep.TooYoung, sweep.Removed, sweep.Failed).ShouldBe((3, 1, 1, 1, 0));
        sweep.RemovedBytes.ShouldBe(_orphan.Length);
        File.Exists(oldOrphan).ShouldBeFalse();
        File.Exists(youngOrphan).ShouldBeTrue();
        File.Exists(referenced).ShouldBeTrue();
        (await DownloadAsync(Users.Coordinator, document.Id)).ShouldBe(await File.ReadAllBytesAsync(referenced));
    }

    [Fact]
    public async Task DryRun_CountsTheOrphans_AndRemovesNothing()
    {
        var orphan = await WriteOrphanAsync("2026/02/abandoned", age: TimeSpan.FromDays(2));

        var sweep = await Send(Users.Administrator, new SweepOrphanFiles(DryRun: true));

        (sweep.Removed, sweep.DryRun).ShouldBe((1, true));
        File.Exists(orphan).ShouldBeTrue();
    }

    [Fact]
    public async Task Sweep_IsForAdministrators()
    {
        var orphan = await WriteOrphanAsync("2026/02/abandoned", age: TimeSpan.FromDays(2));

        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Coordinator, new SweepOrphanFiles()));

        File.Exists(orphan).ShouldBeTrue();
    }

    /// <summary>What a crash between writing the file and committing its row leaves: a file in the store and no row.</summary>
    private async Task<string> WriteOrphanAsync(string key, TimeSpan age)
    {
        await using (var content = new MemoryStream(_orphan))
        {
            await Platform.Services.GetRequiredService<IDocumentContentStore>().WriteAsync(key, content, CancellationToken.None);
        }

        var path = PathOf(key);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }

    private async Task<string> KeyOfAsync(DocumentDto document)
    {
        await using var scope = Platform.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Records.Persistence.RecordsDbContext>();
        return db.Set<Records.Documents.DocumentVersion>().Single(v => v.DocumentId == document.Id).StorageKey;
    }

    private string PathOf(string key) => Path.Combine(Platform.ContentRoot, key.Replace('/', Path.DirectorySeparatorChar));
}

public sealed class SqliteOrphanSweepTests() : OrphanSweepTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresOrphanSweepTests() : OrphanSweepTests("Postgres");
