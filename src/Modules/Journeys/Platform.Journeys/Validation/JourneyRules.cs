using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Validation;

internal static class JourneyRules
{
    /// <summary>Roles that can own work on a journey.</summary>
    public static IReadOnlyList<string> TaskRoles { get; } = [Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator];

    public static bool Text(this ValidationErrors errors, string field, string? value, int max)
    {
        if (!errors.NotEmpty(field, value))
        {
            return false;
        }

        return errors.MaxLength(field, value!.Trim(), max);
    }

    public static bool OptionalText(this ValidationErrors errors, string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) || errors.MaxLength(field, value.Trim(), max);

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

    public static bool TaskRole(this ValidationErrors errors, string field, string? role)
    {
        if (role is not null && TaskRoles.Contains(role))
        {
            return true;
        }

        errors.Add(field, role, "OneOf", $"must be a role that owns work: one of {string.Join(", ", TaskRoles)}");
        return false;
    }

    /// <summary>A service line key: lower-case letters, digits and hyphens, as in "cardiac-surgery".</summary>
    public static bool ServiceLine(this ValidationErrors errors, string field, string? value)
    {
        if (!errors.Text(field, value, Persistence.JourneyModel.ServiceLine))
        {
            return false;
        }

        if (value!.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            return true;
        }

        errors.Add(field, value, "Format", "must be a key of lower-case letters, digits and hyphens, such as cardiac-surgery");
        return false;
    }

    public static bool Positive(this ValidationErrors errors, string field, long value)
    {
        if (value >= 1)
        {
            return true;
        }

        errors.Add(field, value, "InRange", "must be the version you read (1 or more)");
        return false;
    }
}
