using System.Globalization;
using System.Text.Json;
using Platform.Sdk;
using Platform.Sdk.Trials;

namespace Platform.Plugins.ClinicalTrials;

/// <summary>A study as read from a ClinicalTrials.gov API v2 record, with the keywords search also looks at.</summary>
internal sealed record StudyRecord(TrialStudy Study, IReadOnlyList<string> Keywords)
{
    private static readonly (string Code, RecruitmentStatus Status)[] _statuses =
    [
        ("NOT_YET_RECRUITING", RecruitmentStatus.NotYetRecruiting),
        ("RECRUITING", RecruitmentStatus.Recruiting),
        ("ENROLLING_BY_INVITATION", RecruitmentStatus.EnrollingByInvitation),
        ("ACTIVE_NOT_RECRUITING", RecruitmentStatus.ActiveNotRecruiting),
        ("SUSPENDED", RecruitmentStatus.Suspended),
        ("TERMINATED", RecruitmentStatus.Terminated),
        ("COMPLETED", RecruitmentStatus.Completed),
        ("WITHDRAWN", RecruitmentStatus.Withdrawn),
        ("UNKNOWN", RecruitmentStatus.Unknown),
    ];

    public static string Code(RecruitmentStatus status) => _statuses.First(s => s.Status == status).Code;

    public static RecruitmentStatus Status(string? code) => _statuses.FirstOrDefault(s => s.Code == code, (Code: "UNKNOWN", Status: RecruitmentStatus.Unknown)).Status;

    /// <summary>Reads one element of a v2 <c>studies</c> array (or a <c>/studies/{nctId}</c> response).</summary>
    /// <exception cref="FormatException">The record has no <c>protocolSection.identificationModule.nctId</c>.</exception>
    public static StudyRecord Read(JsonElement study)
    {
        var protocol = Object(study, "protocolSection");
        var identification = Object(protocol, "identificationModule");
        var nctId = Text(identification, "nctId") ?? throw new FormatException("a study record has no protocolSection.identificationModule.nctId");
        var status = Object(protocol, "statusModule");
        var design = Object(protocol, "designModule");
        var conditions = Object(protocol, "conditionsModule");
        var eligibility = Object(protocol, "eligibilityModule");
        var contacts = Object(protocol, "contactsLocationsModule");
        var (inclusion, exclusion) = SplitCriteria(Text(eligibility, "eligibilityCriteria"));
        var updated = Text(Object(status, "lastUpdatePostDateStruct"), "date");
        return new StudyRecord(
            new TrialStudy(
                nctId,
                Text(identification, "briefTitle") ?? nctId,
                Text(identification, "officialTitle"),
                Status(Text(status, "overallStatus")),
                Text(design, "studyType"),
                Texts(design, "phases"),
                Texts(conditions, "conditions"),
                [.. Array(Object(protocol, "armsInterventionsModule"), "interventions").Select(Intervention)],
                Text(Object(protocol, "descriptionModule"), "briefSummary"),
                Text(Object(Object(protocol, "sponsorCollaboratorsModule"), "leadSponsor"), "name"),
                new TrialEligibility(
                    Text(eligibility, "sex") switch { "FEMALE" => TrialSex.Female, "MALE" => TrialSex.Male, _ => TrialSex.All },
                    Age(Text(eligibility, "minimumAge")),
                    Age(Text(eligibility, "maximumAge")),
                    eligibility.ValueKind == JsonValueKind.Object && eligibility.TryGetProperty("healthyVolunteers", out var healthy) && healthy.ValueKind == JsonValueKind.True,
                    inclusion,
                    exclusion),
                [.. Array(contacts, "locations").Select(Location)],
                [.. Array(contacts, "centralContacts").Select(Contact)],
                DateOnly.TryParseExact(updated, ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null),
            Texts(conditions, "keywords"));
    }

    /// <summary>An age as ClinicalTrials.gov writes it ("18 Years", "6 Months", "1 Year"); null when absent or unreadable (no bound).</summary>
    public static TrialAge? Age(string? text)
    {
        var parts = text?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not { Length: 2 } || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        TrialAgeUnit? unit = parts[1].TrimEnd('s', 'S').ToUpperInvariant() switch
        {
            "YEAR" => TrialAgeUnit.Years,
            "MONTH" => TrialAgeUnit.Months,
            "WEEK" => TrialAgeUnit.Weeks,
            "DAY" => TrialAgeUnit.Days,
            _ => null,
        };
        return unit is { } u ? new TrialAge(value, u) : null;
    }

    /// <summary>Splits the criteria text at its "Exclusion Criteria" heading, dropping the headings.</summary>
    public static (string? Inclusion, string? Exclusion) SplitCriteria(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var split = text.IndexOf("Exclusion Criteria", StringComparison.OrdinalIgnoreCase);
        var inclusion = split < 0 ? text : text[..split];
        var exclusion = split < 0 ? null : text[split..];
        return (Clean(inclusion, "Inclusion Criteria"), Clean(exclusion, "Exclusion Criteria"));

        static string? Clean(string? part, string heading)
        {
            var trimmed = part?.Trim();
            if (trimmed is not null && trimmed.StartsWith(heading, StringComparison.OrdinalIgnoreCase))
            {
                trimmed = trimmed[heading.Length..].TrimStart(':', ' ', '\n', '\r');
            }

            return string.IsNullOrWhiteSpace(trimmed) ? null : trimmed.Trim();
        }
    }

    private static string Intervention(JsonElement intervention)
    {
        var type = Text(intervention, "type") ?? "OTHER";
        var words = type.Split('_').Select(w => w.Length == 0 ? w : string.Concat(w[..1], w[1..].ToLowerInvariant()));
        return $"{string.Join(' ', words)}: {Text(intervention, "name")}";
    }

    private static TrialLocation Location(JsonElement location)
    {
        var geo = Object(location, "geoPoint");
        GeoPoint? point = geo.ValueKind == JsonValueKind.Object && geo.TryGetProperty("lat", out var lat) && geo.TryGetProperty("lon", out var lon)
            ? new GeoPoint(lat.GetDouble(), lon.GetDouble())
            : null;
        var status = Text(location, "status");
        return new TrialLocation(
            Text(location, "facility") ?? Text(location, "city") ?? "(facility not given)",
            Text(location, "city") ?? string.Empty,
            Text(location, "country") ?? string.Empty,
            Text(location, "state"),
            status is null ? null : Status(status),
            point,
            [.. Array(location, "contacts").Select(Contact)]);
    }

    private static TrialContact Contact(JsonElement contact) =>
        new(Text(contact, "name") ?? "(name not given)", Text(contact, "role"), Text(contact, "phone"), Text(contact, "email"));

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    private static JsonElement.ArrayEnumerator Array(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : default;

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Texts(JsonElement parent, string name) =>
        [.. Array(parent, name).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
}
