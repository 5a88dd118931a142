namespace Platform.GraphQL.Validation;

/// <summary>How <see cref="DocumentValidator"/> validates.</summary>
public sealed record ValidationOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// How many errors to collect before stopping. A document that has more gets this many, then a
    /// last error (<see cref="ValidationRuleNames.ErrorLimit"/>) saying validation was aborted, so a
    /// hostile document cannot make the server build an unbounded error list. Default 100.
    /// </summary>
    public int MaxErrors
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxErrors), value, "MaxErrors must be positive.");
    } = 100;

    /// <summary>
    /// Whether to leave out "Did you mean ...?" suggestions, which name schema members the client
    /// did not ask for; turn it on where the schema is not public.
    /// </summary>
    public bool HideSuggestions { get; init; }
}
