using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Audit.Contracts;

/// <summary>
/// Recomputes the chain of hashes over the whole audit trail. Any altered, removed or inserted
/// entry breaks the chain at that entry. Keep the reported head hash somewhere outside the
/// database: it also proves that nothing was cut from the end.
/// </summary>
[RequiresRole(Roles.Administrator)]
public sealed record VerifyAuditChain : IQuery<AuditChainReport>;

/// <summary>The result of a chain check; when broken, where and why.</summary>
public sealed record AuditChainReport(
    bool Intact,
    long EntriesChecked,
    long? HeadSequence,
    string? HeadHash,
    long? BrokenAtSequence,
    string? Problem);
