using System.Text;

namespace Platform.GraphQL.Validation;

/// <summary>
/// "Did you mean ...?" hints as graphql-js words them: the names within an edit distance of about
/// 40% of the input's length (a case change counting as one edit, an adjacent swap as one), the
/// closest first, ties in natural order (so <c>a2</c> before <c>a10</c>), at most five.
/// Only computed when an error is reported.
/// </summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static List<string> Rank(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var ranked = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // Three rolling rows of the distance table (two back for transpositions), as wide as the
        // shorter string, which is never longer than the input.
        int[][] rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        foreach (var option in options)
        {
            if (seen.Add(option) && Distance(input, inputLower, option, threshold, rows) is { } distance)
            {
                ranked.Add((option, distance));
            }
        }

        ranked.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        return ranked.ConvertAll(entry => entry.Option);
    }

    /// <summary>
    /// <c> Did you mean "a", "b", or "c"?</c> (with a leading space), or with <paramref name="subject"/>
    /// <c> Did you mean to use an inline fragment on "A"?</c>; empty when there is nothing to suggest.
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = new StringBuilder(" Did you mean ");
        if (subject is not null)
        {
            message.Append(subject).Append(' ');
        }

        var count = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                message.Append(count == 2 ? " or " : i == count - 1 ? ", or " : ", ");
            }

            message.Append('"').Append(suggestions[i]).Append('"');
        }

        return message.Append('?').ToString();
    }

    /// <summary>Optimal string alignment distance, case-insensitive; null when above <paramref name="threshold"/>.</summary>
    private static int? Distance(string input, string inputLower, string option, int threshold, int[][] rows)
    {
        if (string.Equals(input, option, StringComparison.Ordinal))
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (string.Equals(inputLower, optionLower, StringComparison.Ordinal))
        {
            return 1;
        }

        var (a, b) = optionLower.Length >= inputLower.Length ? (optionLower, inputLower) : (inputLower, optionLower);
        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Ordinal order, except that runs of digits compare by their numeric value.</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (numberA, numberB) = (ReadNumber(a, ref i), ReadNumber(b, ref j));
                if (numberA != numberB)
                {
                    return numberA.CompareTo(numberB);
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i].CompareTo(b[j]);
                }

                i++;
                j++;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Reads digits the way graphql-js does: a leading zero ends the number after one digit.</summary>
    private static long ReadNumber(string text, ref int index)
    {
        long number = 0;
        do
        {
            number = (number * 10) + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && number > 0);

        return number;
    }
}
