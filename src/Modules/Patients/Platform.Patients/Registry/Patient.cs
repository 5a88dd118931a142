using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;

namespace Platform.Patients.Registry;

/// <summary>
/// An international patient of the center. Identity and contact values that are searched or
/// matched on are columns of their own; the rest are value groups. A record merged into another
/// is kept, read-only, so that nothing anyone recorded about the person is lost.
/// </summary>
internal sealed partial class Patient : Aggregate
{
    private Patient()
    {
    }

    public PatientKind Kind { get; private set; }

    public string FamilyName { get; private set; } = "";

    public string? GivenName { get; private set; }

    public string? NativeFamilyName { get; private set; }

    public string? NativeGivenName { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public Sex Sex { get; private set; }

    public CountryCode Nationality { get; private set; } = null!;

    public string? PassportNumber { get; private set; }

    public DateOnly? PassportExpiry { get; private set; }

    public string? Email { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    public ContactChannel? PreferredChannel { get; private set; }

    public TimeOnly? ContactHoursFrom { get; private set; }

    public TimeOnly? ContactHoursTo { get; private set; }

    public TimeZoneId? HomeTimeZone { get; private set; }

    public HomeAddress? HomeAddress { get; private set; }

    public PatientSource Source { get; private set; } = null!;

    /// <summary>Family and given names folded and sorted, so that case, accents and name order do not hide a duplicate.</summary>
    public string NameKey { get; private set; } = "";

    /// <summary>The family name folded, so lists sort the same way on every database.</summary>
    public string FamilySortKey { get; private set; } = "";

    /// <summary>Every name, Latin and native, folded, for searching by fragment.</summary>
    public string SearchText { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public Guid? MergedIntoId { get; private set; }

    public DateTimeOffset? MergedAt { get; private set; }

    public static Patient Register(
        Guid? id,
        PatientKind kind,
        PersonIdentity identity,
        ContactPoints contacts,
        IReadOnlyList<LanguageTag> languages,
        bool interpreterNeeded,
        PatientSource source,
        string by,
        DateTimeOffset now)
    {
        var patient = new Patient { Kind = kind, Source = source, RegisteredAt = now, RegisteredBy = by };
        if (id is { } chosen)
        {
            patient.Id = chosen;
        }

        patient.ApplyIdentity(identity);
        patient.ApplyContacts(contacts);
        patient.ApplyLanguages(languages, interpreterNeeded);
        patient.Touch(by, now);
        return patient;
    }

    public void ChangeIdentity(PersonIdentity identity, string by, DateTimeOffset now)
    {
        EnsureNotMerged();
        ApplyIdentity(identity);
        Touch(by, now);
    }

    public void ChangeContacts(ContactPoints contacts, string by, DateTimeOffset now)
    {
        EnsureNotMerged();
        ApplyContacts(contacts);
        Touch(by, now);
    }

    /// <summary>Refuses any change to a record that now lives on in another one.</summary>
    public void EnsureNotMerged()
    {
        if (MergedIntoId is { } survivor)
        {
            throw new BusinessRuleException(
                "PATIENT_MERGED",
                $"Patient '{Id}' was merged into patient '{survivor}' on {MergedAt:u} and can no longer be changed; make the change on patient '{survivor}'.");
        }
    }

    private void ApplyIdentity(PersonIdentity identity)
    {
        FamilyName = identity.FamilyName;
        GivenName = identity.GivenName;
        NativeFamilyName = identity.NativeFamilyName;
        NativeGivenName = identity.NativeGivenName;
        DateOfBirth = identity.DateOfBirth;
        Sex = identity.Sex;
        Nationality = identity.Nationality;
        PassportNumber = identity.PassportNumber;
        PassportExpiry = identity.PassportExpiry;
        NameKey = NameFolding.MatchKey(FamilyName, GivenName);
        FamilySortKey = NameFolding.Fold(FamilyName);
        SearchText = NameFolding.SearchText(FamilyName, GivenName, NativeFamilyName, NativeGivenName);
    }

    private void ApplyContacts(ContactPoints contacts)
    {
        Email = contacts.Email;
        Phone = contacts.Phone;
        PreferredChannel = contacts.PreferredChannel;
        ContactHoursFrom = contacts.ContactHoursFrom;
        ContactHoursTo = contacts.ContactHoursTo;
        HomeTimeZone = contacts.TimeZone;
        HomeAddress = contacts.HomeAddress;
    }

    private void Touch(string by, DateTimeOffset now)
    {
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
