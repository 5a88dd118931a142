using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Registry;

namespace Platform.Patients.Validation;

internal static class IdentityRules
{
    private static readonly DateOnly _earliestBirth = new(1900, 1, 1);

    public static void Check(ValidationErrors errors, string prefix, PatientIdentity? identity, TimeProvider clock)
    {
        if (identity is null)
        {
            errors.Add(prefix, null, "Required", "is required");
            return;
        }

        if (errors.RequiredText($"{prefix}.familyName", identity.FamilyName, FieldLimits.Name))
        {
            errors.LatinName($"{prefix}.familyName", identity.FamilyName);
        }

        if (errors.OptionalText($"{prefix}.givenName", identity.GivenName, FieldLimits.Name))
        {
            errors.LatinName($"{prefix}.givenName", identity.GivenName);
        }

        errors.OptionalText($"{prefix}.nativeFamilyName", identity.NativeFamilyName, FieldLimits.Name);
        errors.OptionalText($"{prefix}.nativeGivenName", identity.NativeGivenName, FieldLimits.Name);

        // A day of slack: the patient may already be a day further on than UTC.
        var latestBirth = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
        errors.Date($"{prefix}.dateOfBirth", identity.DateOfBirth, _earliestBirth, latestBirth, " (a date of birth cannot be in the future)");
        errors.Defined($"{prefix}.sex", (Sex?)identity.Sex);
        errors.Parses($"{prefix}.nationality", identity.Nationality, CountryCode.Parse);
        CheckPassport(errors, prefix, identity);
    }

    private static void CheckPassport(ValidationErrors errors, string prefix, PatientIdentity identity)
    {
        var number = Normalized.PassportNumber(identity.PassportNumber);
        if (number is not null && (number.Length > FieldLimits.PassportNumber || !number.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add($"{prefix}.passportNumber", identity.PassportNumber, "Format",
                $"must be the passport number as printed: letters A-Z and digits, at most {FieldLimits.PassportNumber} (spaces and dashes are ignored)");
        }

        if (identity.PassportExpiry is not { } expiry)
        {
            return;
        }

        if (number is null)
        {
            errors.Add($"{prefix}.passportExpiry", TextRules.Iso(expiry), "Requires", $"is kept only with a passport number, and '{prefix}.passportNumber' is empty");
        }
        else if (expiry <= identity.DateOfBirth)
        {
            errors.Add($"{prefix}.passportExpiry", TextRules.Iso(expiry), "After", $"must be after the date of birth, {TextRules.Iso(identity.DateOfBirth)}");
        }
    }
}
