using Platform.Patients.Contracts;

namespace Platform.Patients.Registry;

/// <summary>
/// One consent decision, never changed or removed once recorded (the context refuses to).
/// A merge copies decisions to the survivor with their original times and authors, marked with
/// where they came from.
/// </summary>
internal sealed class ConsentRecord
{
    private ConsentRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public ConsentKind Kind { get; private set; }

    public ConsentDecision Decision { get; private set; }

    /// <summary>When the patient decided.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When the decision was entered on the record.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public ConsentChannel Channel { get; private set; }

    public string? Note { get; private set; }

    public Guid? MergedFromPatientId { get; private set; }

    /// <summary>On a copy made by a merge: the decision it copies, on the duplicate's record.</summary>
    public Guid? CopiedFromRecordId { get; private set; }

    public static ConsentRecord Create(Guid patientId, ConsentKind kind, ConsentDecision decision, ConsentChannel channel, DateTimeOffset occurredAt, string? note, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PatientId = patientId,
        Kind = kind,
        Decision = decision,
        OccurredAt = occurredAt,
        RecordedAt = now,
        RecordedBy = by,
        Channel = channel,
        Note = note,
    };

    public ConsentRecord CopyTo(Guid survivorId) => new()
    {
        Id = Guid.CreateVersion7(),
        PatientId = survivorId,
        Kind = Kind,
        Decision = Decision,
        OccurredAt = OccurredAt,
        RecordedAt = RecordedAt,
        RecordedBy = RecordedBy,
        Channel = Channel,
        Note = Note,
        MergedFromPatientId = PatientId,
        CopiedFromRecordId = Id,
    };
}
