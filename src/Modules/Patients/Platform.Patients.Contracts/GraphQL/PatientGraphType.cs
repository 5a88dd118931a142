using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;

namespace Platform.Patients.Contracts.GraphQL;

/// <summary>
/// The GraphQL <c>Patient</c> type: the parts of <see cref="PatientDto"/> the API serves. Public so other
/// modules can add fields to it (<c>schema.ExtendType&lt;PatientGraphType, TExtension&gt;()</c>, with a
/// <c>[Parent] PatientGraphType</c> parameter), as Journeys adds <c>Patient.journeys</c>.
/// </summary>
[GraphQLName("Patient")]
[GraphQLDescription("An international patient of the center: who they are, how to reach them, what they need, what they consented to and where they came from.")]
public sealed class PatientGraphType(PatientDto patient)
{
    /// <summary>The record behind this type, for fields other modules add.</summary>
    [GraphQLIgnore]
    public PatientDto Record => patient;

    [GraphQLDescription("The patient's global id: fetch the patient again with node(id:) or patient(id:), and name them in mutations.")]
    public NodeId Id => PatientIds.ToNodeId(patient.Id);

    [GraphQLDescription("The registry's own id (a UUID), as other modules' records and exports carry it.")]
    public Guid RegistryId => patient.Id;

    [GraphQLDescription("Send it back as expectedVersion of the next change; a change made from an older version is refused with a ConcurrencyError.")]
    public long Version => patient.Version;

    [GraphQLDescription("Which of the four kinds of international patient this is.")]
    public PatientKind Kind => patient.Kind;

    [GraphQLDescription("Names, birth date, sex, nationality and passport.")]
    public PatientIdentityGraphType Identity => new(patient.Id, patient.Identity);

    [GraphQLDescription("How and when to reach the patient, and where they live.")]
    public PatientContactsGraphType Contacts => new(patient.Contacts);

    [GraphQLDescription("BCP 47 language tags, most preferred first.")]
    public IReadOnlyList<string> PreferredLanguages => patient.PreferredLanguages;

    [GraphQLDescription("Whether the patient needs an interpreter.")]
    public bool InterpreterNeeded => patient.InterpreterNeeded;

    [GraphQLDescription("Religious, dietary, clinician-gender, family and communication preferences; each is null until asked.")]
    public CulturalPreferences CulturalPreferences => patient.CulturalPreferences;

    [GraphQLDescription("Companions, next of kin and other contact persons, in the order they were added.")]
    public IReadOnlyList<RelatedPersonGraphType> RelatedPersons => [.. patient.RelatedPersons.Select(r => new RelatedPersonGraphType(r))];

    [GraphQLDescription("The related persons travelling with the patient.")]
    public IReadOnlyList<RelatedPersonGraphType> Companions => [.. RelatedPersons.Where(r => r.IsCompanion)];

    [GraphQLDescription("The related persons to call first in an emergency.")]
    public IReadOnlyList<RelatedPersonGraphType> NextOfKin => [.. RelatedPersons.Where(r => r.IsNextOfKin)];

    [GraphQLDescription("The patient's doctor at home, for continuity of care; null when not on file.")]
    public HomePhysicianDetails? HomePhysician => patient.HomePhysician;

    [GraphQLDescription("The consent in force for each purpose (never decided reads as not granted). The full history is consentHistory(patientId:).")]
    public IReadOnlyList<ConsentStateDto> Consents => patient.Consents;

    [GraphQLDescription("Where the patient came from, for attribution.")]
    public Attribution Source => patient.Source;

    public DateTimeOffset RegisteredAt => patient.RegisteredAt;

    [GraphQLDescription("The user who registered the patient.")]
    public string RegisteredBy => patient.RegisteredBy;

    public DateTimeOffset UpdatedAt => patient.UpdatedAt;

    [GraphQLDescription("Set when this record was merged into another: the global id of the record to use instead.")]
    public NodeId? MergedIntoId => patient.MergedIntoId is { } survivor ? PatientIds.ToNodeId(survivor) : null;

    [GraphQLDescription("When this record was merged into another; null while it is in use.")]
    public DateTimeOffset? MergedAt => patient.MergedAt;

    [GraphQLDescription("The duplicate records merged into this one, oldest first, with what each brought over.")]
    public IReadOnlyList<PatientMergeGraphType> Merges => [.. patient.Merges.Select(m => new PatientMergeGraphType(m))];
}
