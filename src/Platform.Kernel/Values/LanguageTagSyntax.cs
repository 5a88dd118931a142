namespace Platform.Kernel.Values;

/// <summary>
/// Reads the well-formed syntax of RFC 5646 section 2.1 and writes the canonical form of
/// section 2.1.1 and 4.5: language and extlang lower case, script title case, region upper
/// case, everything else lower case, extensions ordered by their singleton.
/// </summary>
internal static class LanguageTagSyntax
{
    public const string Shape =
        "a language of 2 or 3 letters, then optionally a script (4 letters), a region (2 letters or 3 digits), " +
        "variants, extensions and private use, separated by hyphens, such as en, en-US, zh-Hant-TW or es-419";

    /// <summary>Returns null when <paramref name="text"/> is well-formed, otherwise what was expected instead.</summary>
    public static string? TryRead(string text, out (string Canonical, string Language, string? Script, string? Region) tag)
    {
        tag = default;
        var subtags = text.Split('-');
        if (Array.Exists(subtags, subtag => subtag.Length is 0 or > 8 || !subtag.All(char.IsAsciiLetterOrDigit)))
        {
            return $"subtags of 1 to 8 ASCII letters or digits separated by single hyphens: {Shape}";
        }

        var language = subtags[0].ToLowerInvariant();
        if (ReadLanguage(ref language) is { } languageProblem)
        {
            return languageProblem;
        }

        var output = new List<string> { language };
        var i = 1;
        for (var extlangs = 0; extlangs < 3 && i < subtags.Length && IsLetters(subtags[i], 3); extlangs++)
        {
            output.Add(subtags[i++].ToLowerInvariant());
        }

        string? script = null;
        if (i < subtags.Length && IsLetters(subtags[i], 4))
        {
            var lower = subtags[i++].ToLowerInvariant();
            script = string.Concat(lower[..1].ToUpperInvariant(), lower[1..]);
            output.Add(script);
        }

        string? region = null;
        if (i < subtags.Length && (IsLetters(subtags[i], 2) || (subtags[i].Length == 3 && subtags[i].All(char.IsAsciiDigit))))
        {
            region = subtags[i++].ToUpperInvariant();
            output.Add(region);
        }

        var problem = ReadVariants(subtags, ref i, output) ?? ReadExtensions(subtags, ref i, output) ?? ReadPrivateUse(subtags, ref i, output);
        if (problem is null && i < subtags.Length)
        {
            problem = $"subtags in the order language, script, region, variants, extensions, private use; " +
                      $"'{subtags[i]}' does not fit where it stands ({Shape})";
        }

        if (problem is null)
        {
            tag = (string.Join('-', output), language, script, region);
        }

        return problem;
    }

    private static string? ReadLanguage(ref string language)
    {
        if (language is "x" or "i")
        {
            return "a tag that starts with a language, such as en, en-US or tlh; private-use tags (x-…) " +
                   "and the irregular grandfathered tags (i-klingon and the like) are not accepted";
        }

        if (!IsLetters(language, 2) && !IsLetters(language, 3))
        {
            return $"a primary language of 2 or 3 letters first, not '{language}': {Shape}";
        }

        language = LanguageTable.Withdrawn.GetValueOrDefault(language, language);
        return language.Length == 2 && !LanguageTable.Iso639Part1.Contains(language)
            ? $"a two-letter language that ISO 639-1 assigns, such as en, ar or zh; '{language}' is not assigned"
            : null;
    }

    private static string? ReadVariants(string[] subtags, ref int i, List<string> output)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (; i < subtags.Length && IsVariant(subtags[i]); i++)
        {
            var variant = subtags[i].ToLowerInvariant();
            if (!seen.Add(variant))
            {
                return $"each variant at most once, but '{variant}' is repeated";
            }

            output.Add(variant);
        }

        return null;
    }

    private static string? ReadExtensions(string[] subtags, ref int i, List<string> output)
    {
        var extensions = new SortedDictionary<char, string>();
        while (i < subtags.Length && subtags[i].Length == 1 && subtags[i] is not ("x" or "X"))
        {
            var singleton = char.ToLowerInvariant(subtags[i][0]);
            var start = ++i;
            while (i < subtags.Length && subtags[i].Length >= 2)
            {
                i++;
            }

            if (i == start)
            {
                return $"at least one subtag of 2 to 8 letters or digits after the extension singleton '{singleton}'";
            }

            if (!extensions.TryAdd(singleton, string.Join('-', subtags[start..i]).ToLowerInvariant()))
            {
                return $"each extension singleton at most once, but '{singleton}' is repeated";
            }
        }

        output.AddRange(extensions.Select(extension => $"{extension.Key}-{extension.Value}"));
        return null;
    }

    private static string? ReadPrivateUse(string[] subtags, ref int i, List<string> output)
    {
        if (i >= subtags.Length || subtags[i] is not ("x" or "X"))
        {
            return null;
        }

        if (i + 1 == subtags.Length)
        {
            return "at least one subtag of 1 to 8 letters or digits after the private-use singleton 'x'";
        }

        output.Add(string.Join('-', subtags[i..]).ToLowerInvariant());
        i = subtags.Length;
        return null;
    }

    private static bool IsLetters(string subtag, int length) => subtag.Length == length && subtag.All(char.IsAsciiLetter);

    // RFC 5646: 5 to 8 letters or digits, or 4 starting with a digit ("1996", "rozaj").
    private static bool IsVariant(string subtag) =>
        subtag.Length is >= 5 and <= 8 || (subtag.Length == 4 && char.IsAsciiDigit(subtag[0]));
}
