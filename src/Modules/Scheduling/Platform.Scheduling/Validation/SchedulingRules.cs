using Platform.Kernel.Validation;
using Platform.Kernel.Values;

namespace Platform.Scheduling.Validation;

internal static class SchedulingRules
{
    public static bool Text(this ValidationErrors errors, string field, string? value, int max) =>
        errors.NotEmpty(field, value) && errors.MaxLength(field, value, max);

    public static bool OptionalText(this ValidationErrors errors, string field, string? value, int max) =>
        value is null || errors.MaxLength(field, value, max);

    public static bool Defined<TEnum>(this ValidationErrors errors, string field, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is not { } given || Enum.IsDefined(given))
        {
            return true;
        }

        errors.Add(field, given, "Defined", $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        return false;
    }

    public static void Languages(this ValidationErrors errors, string field, IReadOnlyList<string>? languages)
    {
        if (languages is null || languages.Count == 0)
        {
            errors.Add(field, null, "NotEmpty", "must name at least one language the clinician consults in (BCP 47, such as es or ca)");
            return;
        }

        for (var i = 0; i < languages.Count; i++)
        {
            errors.Parses($"{field}[{i}]", languages[i], LanguageTag.Parse);
        }
    }

    public static IEnumerable<string> NormalizedLanguages(IEnumerable<string> languages) =>
        languages.Select(l => LanguageTag.Parse(l).Value).Distinct(StringComparer.OrdinalIgnoreCase);
}
