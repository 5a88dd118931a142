using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Registry;

namespace Platform.Patients.Validation;

internal static class ContactRules
{
    public static void Check(ValidationErrors errors, string prefix, ContactDetails? contacts)
    {
        if (contacts is null)
        {
            errors.Add(prefix, null, "Required", "is required");
            return;
        }

        errors.EmailAddress($"{prefix}.email", contacts.Email);
        var hasPhone = !string.IsNullOrWhiteSpace(contacts.Phone);
        if (hasPhone)
        {
            errors.Parses($"{prefix}.phone", contacts.Phone, PhoneNumber.Parse);
        }

        if (errors.Defined($"{prefix}.preferredChannel", contacts.PreferredChannel))
        {
            CheckReachable(errors, prefix, contacts.PreferredChannel, !string.IsNullOrWhiteSpace(contacts.Email), hasPhone);
        }

        var hasTimeZone = !string.IsNullOrWhiteSpace(contacts.TimeZone);
        if (hasTimeZone)
        {
            errors.Parses($"{prefix}.timeZone", contacts.TimeZone, TimeZoneId.Parse);
        }

        CheckHours(errors, prefix, contacts, hasTimeZone);
        if (contacts.HomeAddress is { } address)
        {
            CheckAddress(errors, $"{prefix}.homeAddress", address);
        }
    }

    private static void CheckReachable(ValidationErrors errors, string prefix, ContactChannel? channel, bool hasEmail, bool hasPhone)
    {
        var missing = channel switch
        {
            ContactChannel.Email when !hasEmail => "an email address in 'email'",
            ContactChannel.Phone or ContactChannel.Sms or ContactChannel.WhatsApp when !hasPhone => "a phone number in 'phone'",
            _ => null,
        };
        if (missing is not null)
        {
            errors.Add($"{prefix}.preferredChannel", channel, "Reachable", $"needs {missing} to reach the patient that way");
        }
    }

    private static void CheckHours(ValidationErrors errors, string prefix, ContactDetails contacts, bool hasTimeZone)
    {
        var (from, to) = (contacts.ContactHoursFrom, contacts.ContactHoursTo);
        if (from is null && to is null)
        {
            return;
        }

        if (from is null || to is null)
        {
            var field = from is null ? "contactHoursFrom" : "contactHoursTo";
            errors.Add($"{prefix}.{field}", null, "Pair", "is needed too: contact hours have a start and an end");
        }
        else if (from == to)
        {
            errors.Add($"{prefix}.contactHoursTo", to.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), "Different", "must differ from the start of the contact hours");
        }

        if (!hasTimeZone)
        {
            errors.Add($"{prefix}.timeZone", contacts.TimeZone, "Required", "is required with contact hours, which are in the patient's time zone");
        }
    }

    private static void CheckAddress(ValidationErrors errors, string prefix, PostalAddress address)
    {
        var lines = address.Lines ?? [];
        if (lines.Count is 0 or > FieldLimits.AddressLineCount)
        {
            errors.Add($"{prefix}.lines", $"{lines.Count} lines", "Count", $"must hold 1 to {FieldLimits.AddressLineCount} lines");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (errors.RequiredText($"{prefix}.lines[{i}]", lines[i], FieldLimits.AddressLine) && lines[i].Contains(HomeAddress.LineSeparator, StringComparison.Ordinal))
            {
                errors.Add($"{prefix}.lines[{i}]", lines[i], "SingleLine", "must be a single line; give each line of the address as its own entry");
            }
        }

        errors.RequiredText($"{prefix}.city", address.City, FieldLimits.City);
        errors.OptionalText($"{prefix}.postalCode", address.PostalCode, FieldLimits.PostalCode);
        errors.Parses($"{prefix}.country", address.Country, CountryCode.Parse);
    }
}
