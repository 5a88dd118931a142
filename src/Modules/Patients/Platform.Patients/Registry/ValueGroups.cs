using Platform.Kernel.Values;
using Platform.Patients.Contracts;

namespace Platform.Patients.Registry;

// Groups of values read and replaced as a whole, stored as columns of the patient's row.

/// <summary>A postal address; <see cref="Lines"/> holds one to three lines separated by line feeds.</summary>
internal sealed record HomeAddress(string Lines, string City, string? PostalCode, CountryCode Country)
{
    public const char LineSeparator = '\n';
}

internal sealed record HomePhysician(string Name, string? Practice, CountryCode? Country, PhoneNumber? Phone, string? Email);

/// <summary>Cultural preferences; a null member has not been asked yet.</summary>
internal sealed record CulturalProfile(
    string? ReligiousNeeds,
    Diet? Diet,
    string? DietNotes,
    ClinicianGenderPreference? ClinicianGender,
    FamilyInvolvement? FamilyInvolvement,
    CommunicationStyle? CommunicationStyle,
    string? Notes)
{
    public static CulturalProfile NotAsked { get; } = new(null, null, null, null, null, null, null);
}

/// <summary>Where the patient came from.</summary>
internal sealed record PatientSource(AttributionChannel Channel, Guid? ReferrerOrganizationId, string? ReferrerName, string? Campaign);
