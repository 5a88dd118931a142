namespace Platform.Plugins.Manifest;

/// <summary>
/// A range of versions written as space-separated comparators that must all hold, as npm and
/// NuGet users read them: <c>&gt;=1.0.0 &lt;2.0.0</c>, <c>&gt;1.2.0</c>, <c>=1.0.0</c> or a bare <c>1.0.0</c> (exactly).
/// </summary>
internal sealed class VersionRange
{
    private readonly IReadOnlyList<(string Operator, SemanticVersion Version)> _comparators;

    private VersionRange(string text, IReadOnlyList<(string, SemanticVersion)> comparators)
    {
        Text = text;
        _comparators = comparators;
    }

    public string Text { get; }

    public static bool TryParse(string? text, out VersionRange range, out string error)
    {
        range = new VersionRange(string.Empty, []);
        error = string.Empty;
        var parts = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            error = "is empty; write a range such as \">=1.0.0 <2.0.0\"";
            return false;
        }

        List<(string, SemanticVersion)> comparators = [];
        foreach (var part in parts)
        {
            var op = part.StartsWith(">=", StringComparison.Ordinal) || part.StartsWith("<=", StringComparison.Ordinal) ? part[..2]
                : part[0] is '>' or '<' or '=' ? part[..1] : "=";
            var versionText = part.StartsWith(op, StringComparison.Ordinal) ? part[op.Length..] : part;
            if (!SemanticVersion.TryParse(versionText, out var version))
            {
                error = $"has '{part}', which is not a comparator (>=, >, <=, <, =) followed by a version major.minor.patch";
                return false;
            }

            comparators.Add((op, version));
        }

        range = new VersionRange(string.Join(' ', parts), comparators);
        return true;
    }

    public bool Includes(SemanticVersion version) => _comparators.All(c => c.Operator switch
    {
        ">=" => version >= c.Version,
        ">" => version > c.Version,
        "<=" => version <= c.Version,
        "<" => version < c.Version,
        _ => version.CompareTo(c.Version) == 0,
    });

    public override string ToString() => Text;
}
