using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Patients.GraphQL;

/// <summary>Every consent decision on a patient's record and the state in force per purpose.</summary>
[GraphQLName("ConsentHistory")]
internal sealed class ConsentHistoryGraphType(ConsentHistoryDto history)
{
    [GraphQLDescription("The patient's global id.")]
    public NodeId PatientId => PatientIds.ToNodeId(history.PatientId);

    [GraphQLDescription("The consent in force per purpose: the latest decision; never decided reads as not granted.")]
    public IReadOnlyList<ConsentStateDto> Current => history.Current;

    [GraphQLDescription("Every decision, oldest first; nothing is ever changed or removed, a withdrawal is a decision of its own.")]
    public IReadOnlyList<ConsentRecordGraphType> Records => [.. history.Records.Select(r => new ConsentRecordGraphType(r))];
}

/// <summary>One consent decision as recorded.</summary>
[GraphQLName("ConsentRecord")]
internal sealed class ConsentRecordGraphType(ConsentRecordDto record)
{
    public Guid Id => record.Id;

    public ConsentKind Kind => record.Kind;

    public ConsentDecision Decision => record.Decision;

    [GraphQLDescription("When the patient decided.")]
    public DateTimeOffset OccurredAt => record.OccurredAt;

    [GraphQLDescription("When the decision was entered.")]
    public DateTimeOffset RecordedAt => record.RecordedAt;

    public string RecordedBy => record.RecordedBy;

    public ConsentChannel Channel => record.Channel;

    public string? Note => record.Note;

    [GraphQLDescription("The global id of the duplicate record this decision came from in a merge; null when recorded here.")]
    public NodeId? MergedFromPatientId => record.MergedFromPatientId is { } from ? PatientIds.ToNodeId(from) : null;
}

/// <summary>A record that may be the same person, with every reason found.</summary>
[GraphQLName("DuplicateCandidate")]
internal sealed class DuplicateCandidateGraphType(DuplicateCandidateDto candidate)
{
    [GraphQLDescription("The candidate's global id: pass it to mergePatients as duplicateId, or read it with node(id:).")]
    public NodeId PatientId => PatientIds.ToNodeId(candidate.PatientId);

    public string FamilyName => candidate.FamilyName;

    public string? GivenName => candidate.GivenName;

    public DateOnly DateOfBirth => candidate.DateOfBirth;

    public string Nationality => candidate.Nationality;

    public IReadOnlyList<DuplicateReason> Reasons => candidate.Reasons;

    [GraphQLDescription("0 to 1: the more independent reasons agree, the closer to 1 (a passport alone gives 0.9).")]
    public decimal Score => candidate.Score;
}
