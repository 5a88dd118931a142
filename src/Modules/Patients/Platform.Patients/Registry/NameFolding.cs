using System.Globalization;
using System.Text;

namespace Platform.Patients.Registry;

/// <summary>
/// Folds names so that the same name written differently compares equal: lower case, accents
/// and other marks removed ("Müller" and "MULLER"), apostrophes dropped ("O'Brien" and "OBrien"),
/// any other punctuation read as a space ("Al-Rashid" and "Al Rashid"), spaces collapsed, and
/// the few Latin letters Unicode does not decompose spelled out ("ß" as "ss", "ø" as "o").
/// Other scripts keep their letters; only marks and case are removed.
/// </summary>
internal static class NameFolding
{
    public static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark || c is '\'' or '’' or 'ʼ')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && text.Length > 0)
                {
                    text.Append(' ');
                }

                text.Append(Latinize(char.ToLowerInvariant(c)));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        // Recomposed, so Hangul syllables and the like stay whole once their marks are gone.
        return text.ToString().Normalize(NormalizationForm.FormKC);
    }

    /// <summary>
    /// The words of family and given names, folded and sorted: "Nguyen Van An" matches
    /// "An Nguyen Van", since name order differs between cultures and between forms.
    /// </summary>
    public static string MatchKey(string familyName, string? givenName) =>
        string.Join(' ', $"{Fold(familyName)} {Fold(givenName)}".Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    public static string SearchText(params string?[] names) =>
        string.Join(' ', names.Select(Fold).Where(n => n.Length > 0));

    // Latin letters that Unicode does not decompose into a base letter and a mark.
    private static string Latinize(char lower) => lower switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ı' => "i",
        _ => lower.ToString(),
    };
}
