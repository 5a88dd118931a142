using Platform.Kernel.Values;
using Platform.Patients.Contracts;

namespace Platform.Patients.Registry;

/// <summary>A patient's identity once every value in it has been checked and parsed.</summary>
internal sealed record PersonIdentity(
    string FamilyName,
    string? GivenName,
    string? NativeFamilyName,
    string? NativeGivenName,
    DateOnly DateOfBirth,
    Sex Sex,
    CountryCode Nationality,
    string? PassportNumber,
    DateOnly? PassportExpiry);

/// <summary>How to reach a patient, parsed.</summary>
internal sealed record ContactPoints(
    string? Email,
    PhoneNumber? Phone,
    ContactChannel? PreferredChannel,
    TimeOnly? ContactHoursFrom,
    TimeOnly? ContactHoursTo,
    TimeZoneId? TimeZone,
    HomeAddress? HomeAddress)
{
    public static ContactPoints None { get; } = new(null, null, null, null, null, null, null);
}
