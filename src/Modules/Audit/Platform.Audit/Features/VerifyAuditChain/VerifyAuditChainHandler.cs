using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Audit.Contracts;
using Platform.Audit.Persistence;
using Platform.Audit.Trail;

namespace Platform.Audit.Features.VerifyAuditChain;

/// <summary>Walks the chain in pages, checking numbering, links and every hash.</summary>
internal sealed class VerifyAuditChainHandler(AuditDbContext db) : IRequestHandler<Contracts.VerifyAuditChain, AuditChainReport>
{
    private const int PageSize = 2000;

    public async Task<AuditChainReport> Handle(Contracts.VerifyAuditChain request, CancellationToken cancellationToken)
    {
        var expectedSequence = 1L;
        var previousHash = AuditHash.Genesis;
        while (true)
        {
            var page = await db.Entries.AsNoTracking()
                .Where(e => e.Sequence >= expectedSequence)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                var checkedCount = expectedSequence - 1;
                return new AuditChainReport(true, checkedCount, checkedCount == 0 ? null : checkedCount, checkedCount == 0 ? null : previousHash, null, null);
            }

            foreach (var entry in page)
            {
                var problem = Check(entry, expectedSequence, previousHash);
                if (problem is not null)
                {
                    return new AuditChainReport(false, expectedSequence - 1, null, null, entry.Sequence, problem);
                }

                previousHash = entry.Hash;
                expectedSequence++;
            }
        }
    }

    private static string? Check(AuditEntry entry, long expectedSequence, string previousHash)
    {
        if (entry.Sequence != expectedSequence)
        {
            return $"Entries {expectedSequence} to {entry.Sequence - 1} are missing.";
        }

        if (entry.PreviousHash != previousHash)
        {
            return $"Entry {entry.Sequence} does not link to entry {entry.Sequence - 1}: an entry before it was altered or replaced.";
        }

        return AuditHash.Compute(entry) == entry.Hash
            ? null
            : $"Entry {entry.Sequence} was altered: its content no longer matches its hash.";
    }
}
