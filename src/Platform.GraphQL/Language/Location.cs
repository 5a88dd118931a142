namespace Platform.GraphQL.Language;

/// <summary>
/// Where a token or syntax node sits in its <see cref="Source"/>: the half-open range
/// [<paramref name="Start"/>, <paramref name="End"/>) of UTF-16 offsets, and the 1-based
/// <paramref name="Line"/> and <paramref name="Column"/> (in UTF-16 code units) of its start.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public readonly record struct Location(int Start, int End, int Line, int Column);
