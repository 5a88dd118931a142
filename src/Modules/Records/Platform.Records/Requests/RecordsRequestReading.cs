using Microsoft.EntityFrameworkCore;
using Platform.Records.Contracts;
using Platform.Records.Persistence;

namespace Platform.Records.Requests;

internal static class RecordsRequestReading
{
    /// <summary>The requests as DTOs, with the documents received against each (one query for all).</summary>
    public static async Task<IReadOnlyList<RecordsRequestDto>> ToDtosAsync(this RecordsDbContext db, IReadOnlyList<RecordsRequest> requests, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => (Guid?)r.Id).ToList();
        var received = (await db.Documents.AsNoTracking()
                .Where(d => ids.Contains(d.RecordsRequestId))
                .Select(d => new { d.RecordsRequestId, d.Id, d.CreatedAt })
                .ToListAsync(cancellationToken))
            .OrderBy(d => d.CreatedAt)
            .ToLookup(d => d.RecordsRequestId!.Value, d => d.Id);
        return [.. requests.Select(r => r.ToDto([.. received[r.Id]], now))];
    }
}
