using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;

namespace Platform.Records.Features.SweepOrphanFiles;

/// <summary>
/// Lists the store, keeps every file a version row references and every file younger than the grace
/// period, and removes the rest, in batches so a large store is read a page of keys at a time.
/// </summary>
internal sealed partial class SweepOrphanFilesHandler(IDocumentContentStore store, RecordsDbContext db, IOptions<RecordsOptions> options, TimeProvider clock, ILogger<SweepOrphanFilesHandler> logger)
    : IRequestHandler<Contracts.SweepOrphanFiles, OrphanSweepDto>
{
    private const int BatchSize = 500;

    public async Task<OrphanSweepDto> Handle(Contracts.SweepOrphanFiles request, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.OrphanGracePeriod;
        var tally = new Tally();
        if (store is not IContentInventory inventory)
        {
            LogNoInventory(logger, store.GetType().Name);
            return tally.ToDto(cutoff, request.DryRun);
        }

        var batch = new List<StoredFileInfo>(BatchSize);
        await foreach (var file in inventory.ListAsync(cancellationToken))
        {
            tally.Examined++;
            if (file.WrittenAt >= cutoff)
            {
                tally.TooYoung++;
                continue;
            }

            batch.Add(file);
            if (batch.Count == BatchSize)
            {
                await SweepAsync(batch, request.DryRun, tally, cancellationToken);
            }
        }

        await SweepAsync(batch, request.DryRun, tally, cancellationToken);
        LogSwept(logger, tally.Examined, tally.Referenced, tally.TooYoung, tally.Removed, tally.RemovedBytes, tally.Failed, request.DryRun);
        return tally.ToDto(cutoff, request.DryRun);
    }

    private async Task SweepAsync(List<StoredFileInfo> batch, bool dryRun, Tally tally, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var keys = batch.Select(f => f.Key).ToList();
        var referenced = (await db.Set<DocumentVersion>().AsNoTracking().Where(v => keys.Contains(v.StorageKey)).Select(v => v.StorageKey).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in batch)
        {
            if (referenced.Contains(file.Key))
            {
                tally.Referenced++;
                continue;
            }

            try
            {
                if (!dryRun)
                {
                    await store.DeleteAsync(file.Key, cancellationToken);
                }

                LogRemoved(logger, file.Key, file.Size, file.WrittenAt, dryRun);
                tally.Removed++;
                tally.RemovedBytes += file.Size;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogFailed(logger, ex, file.Key);
                tally.Failed++;
            }
        }

        batch.Clear();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content store {Store} cannot list its files (IContentInventory); orphan files are not swept")]
    private static partial void LogNoInventory(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Orphan file {Key} ({Size} bytes, written {WrittenAt:O}) has no document version: removed (dry run: {DryRun})")]
    private static partial void LogRemoved(ILogger logger, string key, long size, DateTimeOffset writtenAt, bool dryRun);

    [LoggerMessage(Level = LogLevel.Error, Message = "Orphan file {Key} could not be removed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Orphan sweep: {Examined} files, {Referenced} referenced, {TooYoung} within the grace period, {Removed} removed ({RemovedBytes} bytes), {Failed} failed (dry run: {DryRun})")]
    private static partial void LogSwept(ILogger logger, int examined, int referenced, int tooYoung, int removed, long removedBytes, int failed, bool dryRun);

    private sealed class Tally
    {
        public int Examined { get; set; }

        public int Referenced { get; set; }

        public int TooYoung { get; set; }

        public int Removed { get; set; }

        public long RemovedBytes { get; set; }

        public int Failed { get; set; }

        public OrphanSweepDto ToDto(DateTimeOffset cutoff, bool dryRun) => new(Examined, Referenced, TooYoung, Removed, RemovedBytes, Failed, cutoff, dryRun);
    }
}
