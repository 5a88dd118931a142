namespace Platform.Records.HandBack;

/// <summary>
/// The language to write to a home physician in. Patients hold no language for their physician, so
/// it is the main language of the physician's country, among the languages the letter has labels
/// for; countries with several official languages (Belgium, Switzerland, Canada, Luxembourg) and
/// every other country get English, as does a physician whose country is not on file.
/// </summary>
internal static class PhysicianLanguage
{
    private static readonly Dictionary<string, string> _byCountry = new(StringComparer.Ordinal)
    {
        ["ES"] = "es", ["MX"] = "es", ["AR"] = "es", ["CO"] = "es", ["CL"] = "es", ["PE"] = "es", ["VE"] = "es", ["EC"] = "es", ["GT"] = "es", ["CU"] = "es",
        ["BO"] = "es", ["DO"] = "es", ["HN"] = "es", ["PY"] = "es", ["SV"] = "es", ["NI"] = "es", ["CR"] = "es", ["PA"] = "es", ["UY"] = "es",
        ["DE"] = "de", ["AT"] = "de", ["LI"] = "de",
        ["FR"] = "fr", ["MC"] = "fr",
        ["AE"] = "ar", ["SA"] = "ar", ["EG"] = "ar", ["QA"] = "ar", ["KW"] = "ar", ["BH"] = "ar", ["OM"] = "ar", ["JO"] = "ar", ["LB"] = "ar", ["IQ"] = "ar",
        ["SY"] = "ar", ["YE"] = "ar", ["LY"] = "ar", ["DZ"] = "ar", ["MA"] = "ar", ["TN"] = "ar", ["SD"] = "ar",
        ["RU"] = "ru", ["BY"] = "ru", ["KZ"] = "ru", ["KG"] = "ru",
    };

    public static string Of(string? country)
    {
        if (country is null || !Kernel.Values.CountryCode.TryParse(country, out var code))
        {
            return Passport.PassportLabels.English;
        }

        return _byCountry.GetValueOrDefault(code.Alpha2, Passport.PassportLabels.English);
    }
}
