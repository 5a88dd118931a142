using System.Collections.Frozen;

namespace Platform.Kernel.Values;

/// <summary>The two-letter language codes ISO 639-1 assigns, for checking a tag's primary language.</summary>
internal static class LanguageTable
{
    // bh (Bihari) is kept although ISO has since made it a collective code: old tags use it.
    public static readonly FrozenSet<string> Iso639Part1 = """
        aa ab ae af ak am an ar as av ay az
        ba be bg bh bi bm bn bo br bs
        ca ce ch co cr cs cu cv cy
        da de dv dz
        ee el en eo es et eu
        fa ff fi fj fo fr fy
        ga gd gl gn gu gv
        ha he hi ho hr ht hu hy hz
        ia id ie ig ii ik io is it iu
        ja jv
        ka kg ki kj kk kl km kn ko kr ks ku kv kw ky
        la lb lg li ln lo lt lu lv
        mg mh mi mk ml mn mr ms mt my
        na nb nd ne ng nl nn no nr nv ny
        oc oj om or os
        pa pi pl ps pt
        qu
        rm rn ro ru rw
        sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
        ta te tg th ti tk tl tn to tr ts tt tw ty
        ug uk ur uz
        ve vi vo
        wa wo
        xh
        yi yo
        za zh zu
        """.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet();

    /// <summary>
    /// Codes ISO 639-1 withdrew, with their replacements; systems such as Java still emit
    /// iw, in and ji, so they are accepted and rewritten rather than refused.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Withdrawn = new Dictionary<string, string>
    {
        ["in"] = "id",
        ["iw"] = "he",
        ["ji"] = "yi",
        ["jw"] = "jv",
        ["mo"] = "ro",
    }.ToFrozenDictionary();
}
