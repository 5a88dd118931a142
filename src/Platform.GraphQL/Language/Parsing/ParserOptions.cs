namespace Platform.GraphQL.Language;

/// <summary>
/// Limits that keep a hostile document from costing more than a legitimate one. The defaults
/// admit any realistic operation or schema; lower them for public endpoints, raise them for
/// trusted schema files.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 15000 tokens, depth 64, 1,000,000 characters, locations recorded.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>The most significant tokens (punctuators, names, values) a document may have. Default 15000.</summary>
    public int MaxTokens
    {
        get;
        init => field = Positive(value, nameof(MaxTokens));
    } = 15_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values, and list types combined.
    /// Default 64. The parser also stops cleanly if the thread's stack runs short first.
    /// </summary>
    public int MaxDepth
    {
        get;
        init => field = Positive(value, nameof(MaxDepth));
    } = 64;

    /// <summary>The longest document accepted, in UTF-16 characters; checked before lexing starts. Default 1,000,000.</summary>
    public int MaxDocumentLength
    {
        get;
        init => field = Positive(value, nameof(MaxDocumentLength));
    } = 1_000_000;

    /// <summary>When true, nodes get no <see cref="Location"/>, which saves memory when nothing will report positions.</summary>
    public bool NoLocation { get; init; }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
}
