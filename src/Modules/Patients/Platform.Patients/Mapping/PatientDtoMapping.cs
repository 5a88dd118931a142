using Platform.Patients.Contracts;
using Platform.Patients.Registry;

namespace Platform.Patients.Mapping;

/// <summary>From the registry to what requests answer.</summary>
internal static class PatientDtoMapping
{
    public static PatientDto ToDto(this Patient p) => new(
        p.Id,
        p.Version,
        p.Kind,
        new PatientIdentity(p.FamilyName, p.GivenName, p.NativeFamilyName, p.NativeGivenName, p.DateOfBirth, p.Sex, p.Nationality.Alpha2, p.PassportNumber, p.PassportExpiry),
        new ContactDetails(p.Email, p.Phone?.Value, p.PreferredChannel, p.ContactHoursFrom, p.ContactHoursTo, p.HomeTimeZone?.Id, p.HomeAddress?.ToDto()),
        [.. p.LanguageTags.Select(t => t.Value)],
        p.InterpreterNeeded,
        p.Culture.ToDto(),
        [.. p.RelatedPersons.OrderBy(r => r.AddedAt).ThenBy(r => r.Id).Select(r => r.ToDto())],
        p.HomePhysician?.ToDto(),
        [.. p.CurrentConsents.Select(c => c.ToDto())],
        new Attribution(p.Source.Channel, p.Source.ReferrerOrganizationId, p.Source.ReferrerName, p.Source.Campaign),
        p.RegisteredAt,
        p.RegisteredBy,
        p.UpdatedAt,
        p.MergedIntoId,
        p.MergedAt,
        [.. p.Merges.OrderBy(m => m.MergedAt).Select(m => m.ToDto())]);

    public static ConsentStateDto ToDto(this ConsentState state) =>
        new(state.Kind, state.Granted, state.Latest?.Decision, state.Latest?.OccurredAt);

    public static ConsentRecordDto ToDto(this ConsentRecord r) =>
        new(r.Id, r.Kind, r.Decision, r.OccurredAt, r.RecordedAt, r.RecordedBy, r.Channel, r.Note, r.MergedFromPatientId);

    private static PostalAddress ToDto(this HomeAddress a) =>
        new(a.Lines.Split(HomeAddress.LineSeparator), a.City, a.PostalCode, a.Country.Alpha2);

    private static HomePhysicianDetails ToDto(this HomePhysician d) =>
        new(d.Name, d.Practice, d.Country?.Alpha2, d.Phone?.Value, d.Email);

    private static CulturalPreferences ToDto(this CulturalProfile c) =>
        new(c.ReligiousNeeds, c.Diet, c.DietNotes, c.ClinicianGender, c.FamilyInvolvement, c.CommunicationStyle, c.Notes);

    private static RelatedPersonDto ToDto(this RelatedPerson r) => new(
        r.Id,
        new RelatedPersonDetails(r.Name, r.Relationship, r.Phone?.Value, r.Email, r.IsCompanion, r.IsNextOfKin, r.MayReceiveMedicalInformation),
        r.AddedAt,
        r.AddedBy,
        r.MergedFromPatientId);

    private static PatientMergeDto ToDto(this PatientMerge m) => new(
        m.DuplicatePatientId,
        m.MergedAt,
        m.MergedBy,
        m.Note,
        m.RelatedPersonsTaken,
        m.LanguagesTaken.Length == 0 ? [] : m.LanguagesTaken.Split(PatientMerge.LanguageSeparator),
        m.ConsentRecordsTaken);
}
