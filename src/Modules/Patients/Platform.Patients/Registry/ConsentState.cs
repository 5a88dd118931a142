using Platform.Patients.Contracts;

namespace Platform.Patients.Registry;

/// <summary>The consent in force for one kind: the latest decision by when the patient made it.</summary>
internal sealed record ConsentState(ConsentKind Kind, ConsentRecord? Latest)
{
    public bool Granted => Latest?.Decision == ConsentDecision.Granted;

    public static ConsentState Of(ConsentKind kind, IEnumerable<ConsentRecord> history) => new(
        kind,
        history
            .Where(r => r.Kind == kind)
            .OrderBy(r => r.OccurredAt)
            .ThenBy(r => r.RecordedAt)
            // Two decisions at the same instant: the withdrawal wins, as the safer reading.
            .ThenBy(r => r.Decision == ConsentDecision.Withdrawn ? 1 : 0)
            .LastOrDefault());
}
