using System.Globalization;
using System.Net.Mail;
using Platform.Kernel.Validation;

namespace Platform.Patients.Validation;

/// <summary>Rules for free text, names, email addresses and enumerations, in the kernel's wording.</summary>
internal static class TextRules
{
    public static bool RequiredText(this ValidationErrors errors, string field, string? value, int max) =>
        errors.NotEmpty(field, value) && errors.MaxLength(field, value!.Trim(), max);

    public static bool OptionalText(this ValidationErrors errors, string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) || errors.MaxLength(field, value.Trim(), max);

    /// <summary>A name as in a passport's machine-readable zone, where only Latin letters appear.</summary>
    public static bool LatinName(this ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.All(IsLatinNameCharacter))
        {
            return true;
        }

        errors.Add(field, value, "LatinScript",
            "must be written in Latin letters, as in the passport's machine-readable zone (spaces, hyphens, apostrophes and full stops are allowed); " +
            "keep the name as the patient writes it for the native-script field");
        return false;
    }

    public static bool EmailAddress(this ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var trimmed = value.Trim();
        if (errors.MaxLength(field, trimmed, Registry.FieldLimits.Email)
            && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && address.Host.Contains('.', StringComparison.Ordinal))
        {
            return true;
        }

        errors.Add(field, value, "Format", "must be an email address such as name@example.com");
        return false;
    }

    public static bool Defined<TEnum>(this ValidationErrors errors, string field, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is not { } given || Enum.IsDefined(given))
        {
            return true;
        }

        errors.Add(field, given, "OneOf", $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        return false;
    }

    public static bool Date(this ValidationErrors errors, string field, DateOnly value, DateOnly earliest, DateOnly latest, string why)
    {
        if (value >= earliest && value <= latest)
        {
            return true;
        }

        errors.Add(field, Iso(value), "InRange", $"must be a date from {Iso(earliest)} to {Iso(latest)}{why}");
        return false;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsLatinNameCharacter(char c) =>
        c is ' ' or '-' or '\'' or '’' or '.'
        || char.IsAsciiLetter(c)
        // Latin-1 Supplement and Latin Extended-A and -B letters, and Latin Extended Additional (Vietnamese).
        || (char.IsLetter(c) && (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF'));
}
