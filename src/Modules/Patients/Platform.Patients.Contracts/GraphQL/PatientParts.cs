using System.Globalization;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.Kernel.Security;

namespace Platform.Patients.Contracts.GraphQL;

/// <summary>Who the patient is, as on their passport. The passport number is shown only to those who arrange travel and visas.</summary>
[GraphQLName("PatientIdentity")]
public sealed class PatientIdentityGraphType(Guid patientId, PatientIdentity identity)
{
    /// <summary>Roles that see passport numbers: the staff who arrange visas and travel, and administrators.</summary>
    private static readonly string[] _passportReaders = [Roles.Coordinator, Roles.CaseManager, Roles.Administrator];

    [GraphQLDescription("Family name in Latin script, as in the passport's machine-readable zone.")]
    public string FamilyName => identity.FamilyName;

    public string? GivenName => identity.GivenName;

    [GraphQLDescription("Family name as the patient writes it in their own script.")]
    public string? NativeFamilyName => identity.NativeFamilyName;

    [GraphQLDescription("Given name as the patient writes it in their own script.")]
    public string? NativeGivenName => identity.NativeGivenName;

    public DateOnly DateOfBirth => identity.DateOfBirth;

    public Sex Sex => identity.Sex;

    [GraphQLDescription("ISO 3166-1 alpha-2 country code, such as AE.")]
    public string Nationality => identity.Nationality;

    [GraphQLDescription("The passport number, upper-cased without spaces or dashes. Shown to coordinators, case managers, administrators and the patient themself; null for everyone else (clinicians, finance, partner agents) and when not on file.")]
    public string? PassportNumber(ICurrentUser user) =>
        _passportReaders.Any(user.IsInRole) || (user.IsInRole(Roles.Patient) && user.PatientId == patientId) ? identity.PassportNumber : null;

    public DateOnly? PassportExpiry => identity.PassportExpiry;
}

/// <summary>How and when to reach the patient, and where they live.</summary>
[GraphQLName("PatientContacts")]
public sealed class PatientContactsGraphType(ContactDetails contacts)
{
    public string? Email => contacts.Email;

    [GraphQLDescription("International (E.164) phone number, such as +442079460958.")]
    public string? Phone => contacts.Phone;

    [GraphQLDescription("How the patient prefers to be reached.")]
    public ContactChannel? PreferredChannel => contacts.PreferredChannel;

    [GraphQLDescription("Start of the hours the patient may be contacted, HH:mm in their home time zone.")]
    public string? ContactHoursFrom => Time(contacts.ContactHoursFrom);

    [GraphQLDescription("End of the contact hours, HH:mm; earlier than the start when the hours run past midnight.")]
    public string? ContactHoursTo => Time(contacts.ContactHoursTo);

    [GraphQLDescription("The patient's home time zone (IANA), such as Asia/Dubai.")]
    public string? TimeZone => contacts.TimeZone;

    public PostalAddress? HomeAddress => contacts.HomeAddress;

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>A companion, next of kin or other contact person on the patient's record.</summary>
[GraphQLName("RelatedPerson")]
public sealed class RelatedPersonGraphType(RelatedPersonDto person)
{
    [GraphQLDescription("Pass it to removeRelatedPerson.")]
    public Guid Id => person.Id;

    public string Name => person.Details.Name;

    public Relationship Relationship => person.Details.Relationship;

    public string? Phone => person.Details.Phone;

    public string? Email => person.Details.Email;

    [GraphQLDescription("Travels with the patient.")]
    public bool IsCompanion => person.Details.IsCompanion;

    [GraphQLDescription("Called first in an emergency.")]
    public bool IsNextOfKin => person.Details.IsNextOfKin;

    [GraphQLDescription("May be told about the patient's health.")]
    public bool MayReceiveMedicalInformation => person.Details.MayReceiveMedicalInformation;

    public DateTimeOffset AddedAt => person.AddedAt;

    public string AddedBy => person.AddedBy;

    [GraphQLDescription("The global id of the duplicate record this person came from in a merge; null when added here.")]
    public NodeId? MergedFromPatientId => person.MergedFromPatientId is { } from ? PatientIds.ToNodeId(from) : null;
}

/// <summary>A duplicate record the patient's record absorbed.</summary>
[GraphQLName("PatientMerge")]
public sealed class PatientMergeGraphType(PatientMergeDto merge)
{
    [GraphQLDescription("The global id of the merged duplicate; it stays readable, marked as merged.")]
    public NodeId DuplicateId => PatientIds.ToNodeId(merge.DuplicatePatientId);

    public DateTimeOffset MergedAt => merge.MergedAt;

    public string MergedBy => merge.MergedBy;

    public string? Note => merge.Note;

    [GraphQLDescription("How many related persons the duplicate brought over.")]
    public int RelatedPersonsTaken => merge.RelatedPersonsTaken;

    [GraphQLDescription("The languages the duplicate added.")]
    public IReadOnlyList<string> LanguagesTaken => merge.LanguagesTaken;

    [GraphQLDescription("How many consent decisions the duplicate brought over into this record's history.")]
    public int ConsentRecordsTaken => merge.ConsentRecordsTaken;
}
