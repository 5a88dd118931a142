using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Registry;

namespace Platform.Patients.Mapping;

/// <summary>From a request's checked values to the registry's parsed and normalized ones; validators ran first.</summary>
internal static class ContractMapping
{
    public static PersonIdentity ToIdentity(this PatientIdentity identity) => new(
        identity.FamilyName.Trim(),
        Normalized.Text(identity.GivenName),
        Normalized.Text(identity.NativeFamilyName),
        Normalized.Text(identity.NativeGivenName),
        identity.DateOfBirth,
        identity.Sex,
        CountryCode.Parse(identity.Nationality),
        Normalized.PassportNumber(identity.PassportNumber),
        Normalized.PassportNumber(identity.PassportNumber) is null ? null : identity.PassportExpiry);

    public static ContactPoints ToContactPoints(this ContactDetails? contacts) => contacts is null
        ? ContactPoints.None
        : new(
            Normalized.Email(contacts.Email),
            Phone(contacts.Phone),
            contacts.PreferredChannel,
            contacts.ContactHoursFrom,
            contacts.ContactHoursTo,
            Normalized.Text(contacts.TimeZone) is { } zone ? TimeZoneId.Parse(zone) : null,
            contacts.HomeAddress?.ToHomeAddress());

    public static RelatedPersonFacts ToFacts(this RelatedPersonDetails person) => new(
        person.Name.Trim(),
        person.Relationship,
        Phone(person.Phone),
        Normalized.Email(person.Email),
        person.IsCompanion,
        person.IsNextOfKin,
        person.MayReceiveMedicalInformation);

    public static HomePhysician ToPhysician(this HomePhysicianDetails physician) => new(
        physician.Name.Trim(),
        Normalized.Text(physician.Practice),
        Normalized.Text(physician.Country) is { } country ? CountryCode.Parse(country) : null,
        Phone(physician.Phone),
        Normalized.Email(physician.Email));

    public static CulturalProfile ToProfile(this CulturalPreferences preferences) => new(
        Normalized.Text(preferences.ReligiousNeeds),
        preferences.Diet,
        Normalized.Text(preferences.DietNotes),
        preferences.ClinicianGender,
        preferences.FamilyInvolvement,
        preferences.CommunicationStyle,
        Normalized.Text(preferences.Notes));

    public static PatientSource ToSource(this Attribution source) =>
        new(source.Channel, source.ReferrerOrganizationId, Normalized.Text(source.ReferrerName), Normalized.Text(source.Campaign));

    public static IReadOnlyList<LanguageTag> ToLanguageTags(this IReadOnlyList<string>? languages) =>
        (languages ?? []).Select(LanguageTag.Parse).Distinct().ToList();

    private static HomeAddress ToHomeAddress(this PostalAddress address) => new(
        string.Join(HomeAddress.LineSeparator, address.Lines.Select(l => l.Trim())),
        address.City.Trim(),
        Normalized.Text(address.PostalCode),
        CountryCode.Parse(address.Country));

    private static PhoneNumber? Phone(string? phone) => Normalized.Text(phone) is { } text ? PhoneNumber.Parse(text) : null;
}
