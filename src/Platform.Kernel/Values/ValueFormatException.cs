namespace Platform.Kernel.Values;

/// <summary>
/// Thrown when text cannot be parsed into one of the kernel's value types. The message is
/// meant for the person who typed the value: it names the kind, repeats the value and says
/// what would have been accepted.
/// </summary>
public sealed class ValueFormatException : FormatException
{
    // Long inputs are cut in the message only; Value keeps the input whole.
    private const int MaxQuotedLength = 64;

    /// <param name="valueKind">The kind with its standard, as a reader would name it: "ISO 4217 currency code".</param>
    /// <param name="value">The rejected input, null when none was given.</param>
    /// <param name="expected">What would have been accepted, with examples; no closing full stop.</param>
    public ValueFormatException(string valueKind, string? value, string expected)
        : base(Describe(valueKind, value, expected))
    {
        ValueKind = valueKind;
        Value = value;
        Expected = expected;
    }

    /// <summary>The kind of value that was expected, such as "ISO 4217 currency code".</summary>
    public string ValueKind { get; }

    /// <summary>The input exactly as it was given; null when none was.</summary>
    public string? Value { get; }

    /// <summary>What would have been accepted, in words a person can act on.</summary>
    public string Expected { get; }

    private static string Describe(string valueKind, string? value, string expected)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"No {valueKind} was given: expected {expected}.";
        }

        var quoted = value.Length > MaxQuotedLength ? string.Concat(value.AsSpan(0, MaxQuotedLength), "…") : value;
        return $"'{quoted}' is not {Article(valueKind)} {valueKind}: expected {expected}.";
    }

    // The kinds named in this kernel start with an acronym or a plain word, so the first
    // letter decides the article ("an ISO…", "an E.164…", "a BCP 47…").
    internal static string Article(string noun) =>
        noun.Length > 0 && "AEIOUaeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";
}
