using Platform.Patients.Contracts;

namespace Platform.Patients.Registry;

/// <summary>The patient's consent history, append-only; the current state is derived from it.</summary>
internal sealed partial class Patient
{
    private readonly List<ConsentRecord> _consents = [];

    public IReadOnlyList<ConsentRecord> Consents => _consents;

    public ConsentState ConsentFor(ConsentKind kind) => ConsentState.Of(kind, _consents);

    public IEnumerable<ConsentState> CurrentConsents => Enum.GetValues<ConsentKind>().Select(ConsentFor);

    /// <summary>
    /// Appends a decision as stated, even one that repeats the current state: a renewed grant or a
    /// refusal before any grant is worth keeping in the history.
    /// </summary>
    public ConsentRecord RecordConsent(ConsentKind kind, ConsentDecision decision, ConsentChannel channel, DateTimeOffset occurredAt, string? note, string by, DateTimeOffset now)
    {
        EnsureNotMerged();
        var record = ConsentRecord.Create(Id, kind, decision, channel, occurredAt, note, by, now);
        _consents.Add(record);
        Touch(by, now);
        return record;
    }
}
