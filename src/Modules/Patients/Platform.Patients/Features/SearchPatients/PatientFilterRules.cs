using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Registry;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.SearchPatients;

internal static class PatientFilterRules
{
    public static void Check(ValidationErrors errors, string prefix, PatientFilter? filter)
    {
        if (filter is null)
        {
            return;
        }

        errors.OptionalText($"{prefix}.name", filter.Name, FieldLimits.Name);
        if (filter.Name is { Length: > 0 } name && NameFolding.Fold(name).Length == 0)
        {
            errors.Add($"{prefix}.name", name, "Letters", "must contain a letter or digit of a name");
        }

        if (!string.IsNullOrWhiteSpace(filter.Nationality))
        {
            errors.Parses($"{prefix}.nationality", filter.Nationality, CountryCode.Parse);
        }

        if (!string.IsNullOrWhiteSpace(filter.HomeCountry))
        {
            errors.Parses($"{prefix}.homeCountry", filter.HomeCountry, CountryCode.Parse);
        }

        errors.Defined($"{prefix}.kind", filter.Kind);
        errors.Defined($"{prefix}.source", filter.Source);
        if (filter is { RegisteredFrom: { } from, RegisteredBefore: { } before } && before <= from)
        {
            errors.Add($"{prefix}.registeredBefore", before.ToString("O", System.Globalization.CultureInfo.InvariantCulture), "Range", $"must be later than registeredFrom ({from:O})");
        }
    }
}
