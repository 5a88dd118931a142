using Platform.GraphQL.CodeFirst;
using Platform.Patients.Contracts;

namespace Platform.Patients.GraphQL;

/// <summary>The GraphQL face of a patient record: the parts of <see cref="PatientDto"/> the API serves so far.</summary>
[GraphQLName("Patient")]
[GraphQLDescription("An international patient of the center.")]
internal sealed class PatientGraphType(PatientDto patient)
{
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
