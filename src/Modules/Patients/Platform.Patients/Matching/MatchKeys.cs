using Platform.Kernel.Values;
using Platform.Patients.Registry;

namespace Platform.Patients.Matching;

/// <summary>What a person is matched on, already normalized the way the registry stores it.</summary>
internal sealed record MatchKeys(string? PassportNumber, CountryCode? Nationality, string? NameKey, DateOnly? DateOfBirth, string? Email, PhoneNumber? Phone)
{
    public static MatchKeys Of(Patient patient) =>
        new(patient.PassportNumber, patient.Nationality, patient.NameKey, patient.DateOfBirth, patient.Email, patient.Phone);

    /// <summary>A passport only identifies someone together with the country that issued it.</summary>
    public string? Passport => Nationality is null ? null : PassportNumber;

    /// <summary>A name only identifies someone together with a date of birth.</summary>
    public string? Name => DateOfBirth is null || string.IsNullOrEmpty(NameKey) ? null : NameKey;
}
