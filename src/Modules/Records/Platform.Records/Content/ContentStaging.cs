using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Platform.Records.Contracts;

namespace Platform.Records.Content;

/// <summary>
/// Files written to the content store in this scope whose database rows are not committed yet.
/// When the module's transaction commits they are kept; when the scope ends without that commit
/// (the handler failed, the save failed, the commit failed) they are removed, so the store never
/// keeps bytes no document points to.
/// </summary>
internal sealed partial class ContentStaging(IDocumentContentStore store, ILogger<ContentStaging> logger) : IAsyncDisposable
{
    private readonly List<string> _pending = [];

    public void Written(string key)
    {
        lock (_pending)
        {
            _pending.Add(key);
        }
    }

    public void Committed()
    {
        lock (_pending)
        {
            _pending.Clear();
        }
    }

    /// <summary>Removes the uncommitted files now (a handler that fails after writing calls it; disposal does it anyway).</summary>
    public async Task DiscardAsync()
    {
        string[] keys;
        lock (_pending)
        {
            keys = [.. _pending];
            _pending.Clear();
        }

        foreach (var key in keys)
        {
            try
            {
                await store.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogOrphan(logger, ex, key);
            }
        }
    }

    public async ValueTask DisposeAsync() => await DiscardAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored content {Key} has no committed document and could not be removed.")]
    private static partial void LogOrphan(ILogger logger, Exception exception, string key);
}

/// <summary>Tells <see cref="ContentStaging"/> when the Records transaction commits.</summary>
internal sealed class ContentCommitInterceptor(ContentStaging staging) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => staging.Committed();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        staging.Committed();
        return Task.CompletedTask;
    }
}
