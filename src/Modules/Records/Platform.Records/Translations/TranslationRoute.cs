namespace Platform.Records.Translations;

/// <summary>
/// The channel a translation job goes to, chosen by the validator (which may ask Partners, before the
/// transaction) and used by the handler in the same request scope.
/// </summary>
internal sealed class TranslationRoute
{
    /// <summary>"manual" or the id of the interpreter-agency partner; null when validation refused the choice.</summary>
    public string? Channel { get; set; }
}
