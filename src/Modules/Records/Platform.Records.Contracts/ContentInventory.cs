using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>
/// A content store that can list what it holds, so files no document version points to (an upload
/// written, then abandoned by a crash before its transaction committed) can be found and removed. The
/// local-disk store implements it; a store that does not is never swept.
/// </summary>
public interface IContentInventory
{
    /// <summary>Every file the store holds, with when it was last written; files still being written are not listed.</summary>
    IAsyncEnumerable<StoredFileInfo> ListAsync(CancellationToken cancellationToken);
}

/// <summary>A file in the content store: its key, size and when it was written.</summary>
public sealed record StoredFileInfo(string Key, long Size, DateTimeOffset WrittenAt);

/// <summary>
/// Removes files in the content store that no document version references and that are older than the
/// grace period (Records:OrphanGracePeriod); younger files and referenced ones are never touched. The
/// background sweep sends it every Records:OrphanSweepInterval; an administrator can run it now. DryRun
/// counts without removing.
/// </summary>
[RequiresRole(Roles.Administrator)]
[Audited("ContentStore")]
public sealed record SweepOrphanFiles(bool DryRun = false) : ICommand<OrphanSweepDto>;

/// <summary>What a sweep found and did.</summary>
[GraphQLName("OrphanSweep")]
public sealed record OrphanSweepDto(
    [property: GraphQLDescription("Files the store holds.")] int Examined,
    [property: GraphQLDescription("Files a document version references: kept.")] int Referenced,
    [property: GraphQLDescription("Unreferenced files younger than the grace period: kept, their upload may still be committing.")] int TooYoung,
    [property: GraphQLDescription("Unreferenced files older than the grace period: removed (or, on a dry run, that would be).")] int Removed,
    [property: GraphQLDescription("Their bytes.")] long RemovedBytes,
    [property: GraphQLDescription("Files that could not be removed (see the log).")] int Failed,
    [property: GraphQLDescription("Only files written before this instant were candidates.")] DateTimeOffset Cutoff,
    bool DryRun);
