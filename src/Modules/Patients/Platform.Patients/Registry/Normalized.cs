namespace Platform.Patients.Registry;

/// <summary>How free-typed values are kept, so that the same value typed twice is stored the same.</summary>
internal static class Normalized
{
    /// <summary>Trimmed; null when nothing but spaces was given.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Trimmed and lower-case: mail systems treat addresses without regard to case.</summary>
    public static string? Email(string? value) => Text(value)?.ToLowerInvariant();

    /// <summary>As printed, without the spaces and dashes people type into it, upper-case.</summary>
    public static string? PassportNumber(string? value) =>
        Text(value) is { } text ? string.Concat(text.Where(c => c is not (' ' or '-'))).ToUpperInvariant() : null;
}
