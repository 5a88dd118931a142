namespace Platform.GraphQL.Language;

/// <summary>
/// Prints syntax trees in the canonical layout of the GraphQL reference implementation's
/// <c>print</c>: two-space indentation, one selection or member per line, arguments wrapped
/// when a field's line would pass 80 characters, descriptions above what they describe, and
/// block strings kept as block strings. Parsing the output gives an equivalent tree, and
/// printing that tree gives the same text.
/// </summary>
public static class Printer
{
    /// <summary>Prints <paramref name="node"/> and everything under it.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return SyntaxPrinter.Print(node);
    }
}
