using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.Persistence;
using Platform.Kernel.Auditing;

namespace Platform.Audit.Trail;

/// <summary>
/// Appends entries to the chain in their own transaction, apart from the audited command's, so a
/// refused or failed command is still recorded. Appends are serialized in-process; a second host
/// instance racing for the same sequence number loses on the primary key and tries again.
/// </summary>
internal sealed class AuditTrail(IServiceScopeFactory scopes) : IAuditTrail, IDisposable
{
    private const int MaxRaces = 10;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
                var head = await db.Entries.AsNoTracking()
                    .OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash })
                    .FirstOrDefaultAsync(cancellationToken);
                var entry = Link(record, (head?.Sequence ?? 0) + 1, head?.Hash ?? AuditHash.Genesis);
                db.Entries.Add(entry);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt < MaxRaces)
                {
                    // Another instance took this sequence number; read the new head and link again.
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static AuditEntry Link(AuditRecord record, long sequence, string previousHash)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            OccurredAt = ToStoredPrecision(record.OccurredAt),
            UserId = record.UserId,
            UserName = record.UserName,
            Roles = record.Roles,
            Action = record.Action,
            Request = record.Request,
            ResourceType = record.ResourceType,
            ResourceId = record.ResourceId,
            Outcome = record.Outcome.ToString(),
            Detail = record.Detail is { Length: > AuditDbContext.MaxDetail } d ? d[..AuditDbContext.MaxDetail] : record.Detail,
            Source = record.Source,
            PreviousHash = previousHash,
        };
        entry.Hash = AuditHash.Compute(entry);
        return entry;
    }

    // Providers keep instants to different precisions (SQLite here to 0.1 ms, PostgreSQL to 1 µs);
    // hashing what every provider gives back unchanged keeps the chain verifiable anywhere.
    private static DateTimeOffset ToStoredPrecision(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
