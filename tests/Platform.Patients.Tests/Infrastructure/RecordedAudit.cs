using Platform.Kernel.Auditing;

namespace Platform.Patients.Tests.Infrastructure;

/// <summary>
/// What the pipeline appended to the audit trail, kept in memory beside the real trail (which
/// still writes every entry), so tests can read it without reaching into the Audit module.
/// </summary>
public sealed class RecordedAudit
{
    private readonly List<AuditRecord> _records = [];

    public IReadOnlyList<AuditRecord> Records
    {
        get
        {
            lock (_records)
            {
                return [.. _records];
            }
        }
    }

    public AuditRecord Last => Records[^1];

    internal void Add(AuditRecord record)
    {
        lock (_records)
        {
            _records.Add(record);
        }
    }
}

internal sealed class RecordingAuditTrail(IAuditTrail inner, RecordedAudit recorded) : IAuditTrail
{
    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        await inner.AppendAsync(record, cancellationToken);
        recorded.Add(record);
    }
}
