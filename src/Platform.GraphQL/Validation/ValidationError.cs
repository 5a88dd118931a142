using System.Collections.Immutable;

namespace Platform.GraphQL.Validation;

/// <summary>
/// One way a document breaks a rule of the specification's Validation section, worded like the
/// reference implementation (graphql-js) so clients and tools see familiar messages.
/// </summary>
/// <param name="Rule">The rule broken: one of the <see cref="ValidationRuleNames"/> constants; stable across releases.</param>
/// <param name="Message">What is wrong, safe to return to the client, e.g. <c>Cannot query field "x" on type "Patient".</c></param>
/// <param name="Locations">Where in the document, in the order the message refers to them; empty for nodes built without locations.</param>
public sealed record ValidationError(string Rule, string Message, ImmutableArray<ErrorLocation> Locations)
{
    /// <inheritdoc/>
    public override string ToString() =>
        Locations.IsDefaultOrEmpty ? Message : $"{Message} ({string.Join(", ", Locations)})";
}

/// <summary>A 1-based line and column (in UTF-16 code units) in the document, as GraphQL responses report them.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct ErrorLocation(int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column}";
}
