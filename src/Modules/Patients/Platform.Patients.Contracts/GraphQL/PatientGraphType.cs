using Platform.GraphQL.CodeFirst;

namespace Platform.Patients.Contracts.GraphQL;

/// <summary>
/// The GraphQL <c>Patient</c> type: the parts of <see cref="PatientDto"/> the API serves. Public so other
/// modules can add fields to it (<c>schema.ExtendType&lt;PatientGraphType, TExtension&gt;()</c>, with a
/// <c>[Parent] PatientGraphType</c> parameter), as Journeys adds <c>Patient.journeys</c>.
/// </summary>
[GraphQLName("Patient")]
[GraphQLDescription("An international patient of the center.")]
public sealed class PatientGraphType(PatientDto patient)
{
    /// <summary>The record behind this type, for fields other modules add.</summary>
    [GraphQLIgnore]
    public PatientDto Record => patient;

    public Guid Id => patient.Id;

    [GraphQLDescription("Send it back as the expected version of the next change.")]
    public long Version => patient.Version;

    public PatientKind Kind => patient.Kind;

    public PatientIdentity Identity => patient.Identity;

    public string? Email => patient.Contacts.Email;

    [GraphQLDescription("International (E.164) phone number, such as +442079460958.")]
    public string? Phone => patient.Contacts.Phone;

    [GraphQLDescription("BCP 47 language tags, most preferred first.")]
    public IReadOnlyList<string> PreferredLanguages => patient.PreferredLanguages;

    public bool InterpreterNeeded => patient.InterpreterNeeded;

    public Attribution Source => patient.Source;

    public DateTimeOffset RegisteredAt => patient.RegisteredAt;

    [GraphQLDescription("Set when this record was merged into another; that record is the one to use.")]
    public Guid? MergedIntoId => patient.MergedIntoId;
}
