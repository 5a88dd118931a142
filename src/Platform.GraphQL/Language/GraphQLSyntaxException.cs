namespace Platform.GraphQL.Language;

/// <summary>
/// A document could not be lexed or parsed, or it exceeded one of the <see cref="ParserOptions"/>
/// limits. <see cref="Exception.Message"/> reads like <c>Syntax Error: Expected Name, found "}".</c>
/// and is safe to return to the client that sent the document.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    internal GraphQLSyntaxException(Source source, int position, string description, string? exceededLimit = null)
        : base("Syntax Error: " + description)
    {
        ExceededLimit = exceededLimit;
        SourceName = source.Name;
        Position = position;
        (Line, Column) = source.LineAndColumnAt(position);
    }

    /// <summary>The <see cref="Source.Name"/> of the document that failed.</summary>
    public string SourceName { get; }

    /// <summary>UTF-16 offset in the source where the error was found.</summary>
    public int Position { get; }

    /// <summary>1-based line of <see cref="Position"/>.</summary>
    public int Line { get; }

    /// <summary>1-based column of <see cref="Position"/>, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>
    /// The <see cref="ParserOptions"/> limit the document exceeded (<c>MaxTokens</c>, <c>MaxDepth</c>
    /// or <c>MaxDocumentLength</c>), so a server can answer with a code of its own; null for syntax errors.
    /// </summary>
    public string? ExceededLimit { get; }
}
