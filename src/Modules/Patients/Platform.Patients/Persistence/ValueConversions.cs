using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;

namespace Platform.Patients.Persistence;

/// <summary>
/// Kernel value types are stored as their canonical strings and enums by name, so the tables read
/// the same on every provider and a reader of the database needs no lookup table.
/// </summary>
internal static class ValueConversions
{
    public const int EnumLength = 40;

    public static void Apply(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<CountryCode>().HaveConversion<CountryCodeConverter>().HaveMaxLength(2);
        configuration.Properties<PhoneNumber>().HaveConversion<PhoneNumberConverter>().HaveMaxLength(16);
        configuration.Properties<LanguageTag>().HaveConversion<LanguageTagConverter>().HaveMaxLength(64);
        configuration.Properties<TimeZoneId>().HaveConversion<TimeZoneIdConverter>().HaveMaxLength(64);

        ByName<PatientKind>(configuration);
        ByName<Sex>(configuration);
        ByName<ContactChannel>(configuration);
        ByName<Relationship>(configuration);
        ByName<Diet>(configuration);
        ByName<ClinicianGenderPreference>(configuration);
        ByName<FamilyInvolvement>(configuration);
        ByName<CommunicationStyle>(configuration);
        ByName<AttributionChannel>(configuration);
        ByName<ConsentKind>(configuration);
        ByName<ConsentDecision>(configuration);
        ByName<ConsentChannel>(configuration);
    }

    private static void ByName<TEnum>(ModelConfigurationBuilder configuration)
        where TEnum : struct, Enum =>
        configuration.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(EnumLength);

    private sealed class CountryCodeConverter() : ValueConverter<CountryCode, string>(v => v.Alpha2, s => CountryCode.Parse(s));

    private sealed class PhoneNumberConverter() : ValueConverter<PhoneNumber, string>(v => v.Value, s => PhoneNumber.Parse(s));

    private sealed class LanguageTagConverter() : ValueConverter<LanguageTag, string>(v => v.Value, s => LanguageTag.Parse(s));

    private sealed class TimeZoneIdConverter() : ValueConverter<TimeZoneId, string>(v => v.Id, s => TimeZoneId.Parse(s));
}
