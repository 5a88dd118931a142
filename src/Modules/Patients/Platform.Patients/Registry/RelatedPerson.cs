using Platform.Kernel.Values;
using Platform.Patients.Contracts;

namespace Platform.Patients.Registry;

/// <summary>What is known of a related person, parsed.</summary>
internal sealed record RelatedPersonFacts(
    string Name,
    Relationship Relationship,
    PhoneNumber? Phone,
    string? Email,
    bool IsCompanion,
    bool IsNextOfKin,
    bool MayReceiveMedicalInformation);

/// <summary>A companion, next of kin or other contact person on a patient's record.</summary>
internal sealed class RelatedPerson
{
    private RelatedPerson()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public string Name { get; private set; } = "";

    public Relationship Relationship { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    public string? Email { get; private set; }

    public bool IsCompanion { get; private set; }

    public bool IsNextOfKin { get; private set; }

    public bool MayReceiveMedicalInformation { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public string AddedBy { get; private set; } = "";

    /// <summary>Set when a merge brought the person over from a duplicate record.</summary>
    public Guid? MergedFromPatientId { get; private set; }

    public RelatedPersonFacts Facts => new(Name, Relationship, Phone, Email, IsCompanion, IsNextOfKin, MayReceiveMedicalInformation);

    public static RelatedPerson Create(Guid patientId, RelatedPersonFacts facts, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        PatientId = patientId,
        Name = facts.Name,
        Relationship = facts.Relationship,
        Phone = facts.Phone,
        Email = facts.Email,
        IsCompanion = facts.IsCompanion,
        IsNextOfKin = facts.IsNextOfKin,
        MayReceiveMedicalInformation = facts.MayReceiveMedicalInformation,
        AddedAt = now,
        AddedBy = by,
    };

    /// <summary>The same person on the surviving record of a merge, keeping who added them and when.</summary>
    public RelatedPerson CopyTo(Guid survivorId) => new()
    {
        Id = Guid.CreateVersion7(),
        PatientId = survivorId,
        Name = Name,
        Relationship = Relationship,
        Phone = Phone,
        Email = Email,
        IsCompanion = IsCompanion,
        IsNextOfKin = IsNextOfKin,
        MayReceiveMedicalInformation = MayReceiveMedicalInformation,
        AddedAt = AddedAt,
        AddedBy = AddedBy,
        MergedFromPatientId = PatientId,
    };
}
