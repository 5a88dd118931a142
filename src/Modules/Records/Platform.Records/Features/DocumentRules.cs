using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Records.Persistence;

namespace Platform.Records.Features;

/// <summary>Rules several document use cases share.</summary>
internal static class DocumentRules
{
    public static void Title(ValidationErrors errors, string field, string? title)
    {
        if (errors.NotEmpty(field, title))
        {
            errors.MaxLength(field, title, RecordsDbContext.TitleLength);
        }
    }

    public static void Language(ValidationErrors errors, string field, string? language) =>
        errors.Parses(field, language, LanguageTag.Parse);

    public static void Defined<TEnum>(ValidationErrors errors, string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(field, value.ToString(), "Enum", $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        }
    }

    public static void Content(ValidationErrors errors, string field, object? content)
    {
        if (content is null)
        {
            errors.Add(field, null, "Required", "is required: send the file");
        }
    }

    public static void OptionalText(ValidationErrors errors, string field, string? text, int max = RecordsDbContext.TextLength) =>
        errors.MaxLength(field, text, max);

    /// <summary>The canonical form of a BCP 47 tag (validated before).</summary>
    public static string CanonicalLanguage(string language) => LanguageTag.Parse(language).Value;
}
