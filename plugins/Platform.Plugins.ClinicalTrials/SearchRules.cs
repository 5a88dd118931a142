using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Sdk;
using Platform.Sdk.Trials;

namespace Platform.Plugins.ClinicalTrials;

/// <summary>What a search may ask (the API's 400 rules), and how a study matches it.</summary>
internal static partial class SearchRules
{
    public static bool IsStudyId(string? id) => id is not null && NctId().IsMatch(id);

    public static string? Problem(TrialSearch search)
    {
        if (search.PageSize is < 1 or > 100)
        {
            return $"pageSize is {search.PageSize}; expected 1 to 100";
        }

        if (search.Near is { } near && (near.Center.Latitude is < -90 or > 90 || near.Center.Longitude is < -180 or > 180 || near.RadiusKm is <= 0 or > 20_000))
        {
            return $"near is ({near.Center.Latitude}, {near.Center.Longitude}) within {near.RadiusKm} km; expected latitude -90 to 90, longitude -180 to 180 and a radius above 0 and at most 20000 km";
        }

        if (search.PatientAge is { Value: < 0 or > 150 } age)
        {
            return $"patientAge is {age.Value} {age.Unit}; expected 0 or more";
        }

        return search.Condition?.Length > 500 || search.Term?.Length > 500 ? "condition and term are at most 500 characters each" : null;
    }

    /// <summary>Whether a recorded study meets every criterion given, and how far its nearest site is.</summary>
    public static bool Matches(StudyRecord record, TrialSearch search, out double? nearestKm)
    {
        var study = record.Study;
        nearestKm = search.Near is { } near ? NearestKm(study, near.Center) : null;
        var conditionText = string.Join(' ', [.. study.Conditions, .. record.Keywords, study.BriefTitle, study.OfficialTitle]);
        var allText = string.Join(' ', [conditionText, study.StudyId, study.BriefSummary, study.LeadSponsor, .. study.Interventions]);
        return ContainsAll(conditionText, search.Condition)
            && ContainsAll(allText, search.Term)
            && (search.Statuses is not { Count: > 0 } statuses || statuses.Contains(study.Status))
            && (search.Near is null || nearestKm <= search.Near.RadiusKm)
            && (search.PatientAge is not { } age || Admits(study.Eligibility, age))
            && (search.PatientSex is null or TrialSex.All || study.Eligibility.Sex == TrialSex.All || study.Eligibility.Sex == search.PatientSex);
    }

    public static double? NearestKm(TrialStudy study, GeoPoint center)
    {
        var distances = study.Locations.Where(l => l.Location is not null).Select(l => Haversine(center, l.Location!)).ToList();
        return distances.Count == 0 ? null : Math.Round(distances.Min(), 1);
    }

    public static string PageToken(int offset) => $"p{offset.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryReadPageToken(string? token, out int offset)
    {
        offset = 0;
        return token is null || (token.StartsWith('p') && int.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out offset));
    }

    private static bool Admits(TrialEligibility eligibility, TrialAge age)
    {
        var days = age.TotalDays;
        return (eligibility.MinimumAge is null || days >= eligibility.MinimumAge.TotalDays) && (eligibility.MaximumAge is null || days <= eligibility.MaximumAge.TotalDays);
    }

    private static bool ContainsAll(string text, string? query) =>
        string.IsNullOrWhiteSpace(query)
        || query.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).All(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static double Haversine(GeoPoint a, GeoPoint b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 6371 * 2 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    [GeneratedRegex("^NCT[0-9]{8}$")]
    private static partial Regex NctId();
}
