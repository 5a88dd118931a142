using Platform.GraphQL.CodeFirst;

namespace Platform.Patients.Contracts;

/// <summary>
/// Who the patient is, as on their passport. The family name in Latin script is required, as in
/// the passport's machine-readable zone; the native-script names are how the patient writes them.
/// Nationality is an ISO 3166-1 code ("AE" or "ARE", returned as "AE"); the passport number is
/// kept as printed less spaces and dashes, upper-cased.
/// </summary>
public sealed record PatientIdentity(
    string FamilyName,
    string? GivenName,
    string? NativeFamilyName,
    string? NativeGivenName,
    DateOnly DateOfBirth,
    Sex Sex,
    string Nationality,
    string? PassportNumber,
    DateOnly? PassportExpiry);

/// <summary>
/// How to reach the patient and where they live. The phone is international (E.164), such as
/// "+44 20 7946 0958", returned as "+442079460958". Contact hours are in the patient's home time
/// zone (IANA, such as "Asia/Dubai"); a start later than the end runs past midnight.
/// </summary>
public sealed record ContactDetails(
    string? Email,
    string? Phone,
    ContactChannel? PreferredChannel,
    TimeOnly? ContactHoursFrom,
    TimeOnly? ContactHoursTo,
    string? TimeZone,
    PostalAddress? HomeAddress);

/// <summary>A postal address; <paramref name="Country"/> is an ISO 3166-1 code.</summary>
public sealed record PostalAddress(IReadOnlyList<string> Lines, string City, string? PostalCode, string Country);

/// <summary>A companion, next of kin or other contact person of the patient.</summary>
public sealed record RelatedPersonDetails(
    string Name,
    Relationship Relationship,
    string? Phone,
    string? Email,
    bool IsCompanion,
    bool IsNextOfKin,
    bool MayReceiveMedicalInformation);

/// <summary>The patient's doctor at home, for continuity of care and hand-back after discharge.</summary>
[GraphQLName("HomePhysician")]
public sealed record HomePhysicianDetails(string Name, string? Practice, string? Country, string? Phone, string? Email);

/// <summary>Cultural needs the care team should respect; null means not yet asked.</summary>
public sealed record CulturalPreferences(
    string? ReligiousNeeds,
    Diet? Diet,
    string? DietNotes,
    ClinicianGenderPreference? ClinicianGender,
    FamilyInvolvement? FamilyInvolvement,
    CommunicationStyle? CommunicationStyle,
    string? Notes);

/// <summary>
/// Where the patient came from. A facilitator, insurer or employer is named by its organization
/// id (from the Network module) or, until it is on file, by name.
/// </summary>
public sealed record Attribution(AttributionChannel Channel, Guid? ReferrerOrganizationId, string? ReferrerName, string? Campaign);
