using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Platform.Sdk;
using Platform.Sdk.Trials;

namespace Platform.Plugins.ClinicalTrials;

/// <summary>
/// The ClinicalTrials.gov API v2: <c>GET studies</c> with <c>query.cond</c>, <c>query.term</c>,
/// <c>filter.geo</c>, <c>filter.overallStatus</c> and <c>filter.advanced</c> (age and sex), <c>GET studies/{nctId}</c>,
/// and <c>GET version</c> for health. Used only when Mode is Live.
/// </summary>
internal sealed class LiveRegistry(HttpClient http) : IClinicalTrialRegistry
{
    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        var (status, body, failure) = await GetAsync("version", cancellationToken);
        if (failure is not null || status != HttpStatusCode.OK)
        {
            return PartnerHealth.Unhealthy($"ClinicalTrials.gov at {http.BaseAddress} did not answer: {failure?.Message ?? ((int)status).ToString(CultureInfo.InvariantCulture)}.");
        }

        using var document = JsonDocument.Parse(body!);
        var root = document.RootElement;
        return PartnerHealth.Healthy($"ClinicalTrials.gov API {Text(root, "apiVersion")}, data of {Text(root, "dataTimestamp")}.");
    }

    public async Task<PartnerResult<TrialSearchPage>> SearchAsync(TrialSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (SearchRules.Problem(search) is { } problem)
        {
            return PartnerResult.Failed<TrialSearchPage>(PartnerFailureCategory.InvalidRequest, $"The registry rejected the search: {problem}.");
        }

        var (status, body, failure) = await GetAsync(Query(search), cancellationToken);
        if (Unsuccessful<TrialSearchPage>(status, body, failure) is { } unsuccessful)
        {
            return unsuccessful;
        }

        using var document = JsonDocument.Parse(body!);
        var root = document.RootElement;
        List<TrialSummary> studies = [];
        foreach (var element in root.GetProperty("studies").EnumerateArray())
        {
            // filter.advanced narrows by age and sex on the registry's side; checked again here so a record
            // the registry indexes differently never reaches a patient it excludes.
            var record = StudyRecord.Read(element);
            if (SearchRules.Matches(record, search with { Condition = null, Term = null, Near = null }, out _))
            {
                var s = record.Study;
                studies.Add(new TrialSummary(s.StudyId, s.BriefTitle, s.Status, s.Conditions, s.Phases, search.Near is { } near ? SearchRules.NearestKm(s, near.Center) : null));
            }
        }

        int? total = root.TryGetProperty("totalCount", out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt32() : null;
        return PartnerResult.Success(new TrialSearchPage(studies, total, Text(root, "nextPageToken")));
    }

    public async Task<PartnerResult<TrialStudy>> GetStudyAsync(string studyId, CancellationToken cancellationToken)
    {
        if (!SearchRules.IsStudyId(studyId))
        {
            return PartnerResult.Failed<TrialStudy>(PartnerFailureCategory.InvalidRequest, $"'{studyId}' is not an NCT number; expected NCT followed by 8 digits, such as NCT04368728.");
        }

        var (status, body, failure) = await GetAsync($"studies/{studyId}?format=json", cancellationToken);
        if (status == HttpStatusCode.NotFound)
        {
            return PartnerResult.Declined<TrialStudy>("NOT_FOUND", $"ClinicalTrials.gov has no study {studyId}.");
        }

        if (Unsuccessful<TrialStudy>(status, body, failure) is { } unsuccessful)
        {
            return unsuccessful;
        }

        using var document = JsonDocument.Parse(body!);
        return PartnerResult.Success(StudyRecord.Read(document.RootElement).Study);
    }

    /// <summary>The v2 query string for a search.</summary>
    public static string Query(TrialSearch search)
    {
        var query = new StringBuilder("studies?format=json&countTotal=true&pageSize=").Append(search.PageSize.ToString(CultureInfo.InvariantCulture));
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        Add("query.cond", search.Condition);
        Add("query.term", search.Term);
        Add("pageToken", search.PageToken);
        if (search.Near is { } near)
        {
            Add("filter.geo", string.Create(CultureInfo.InvariantCulture, $"distance({near.Center.Latitude},{near.Center.Longitude},{near.RadiusKm}km)"));
        }

        if (search.Statuses is { Count: > 0 } statuses)
        {
            Add("filter.overallStatus", string.Join(',', statuses.Select(StudyRecord.Code)));
        }

        List<string> advanced = [];
        if (search.PatientAge is { } age)
        {
            var text = $"{age.Value.ToString(CultureInfo.InvariantCulture)} {age.Unit.ToString().ToLowerInvariant()}";
            advanced.Add($"AREA[MinimumAge]RANGE[MIN, {text}] AND AREA[MaximumAge]RANGE[{text}, MAX]");
        }

        if (search.PatientSex is TrialSex.Female or TrialSex.Male)
        {
            advanced.Add($"AREA[Sex]({search.PatientSex.Value.ToString().ToUpperInvariant()} OR ALL)");
        }

        Add("filter.advanced", advanced.Count == 0 ? null : string.Join(" AND ", advanced));
        return query.ToString();
    }

    private async Task<(HttpStatusCode Status, byte[]? Body, Exception? Failure)> GetAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken), null);
        }
        catch (HttpRequestException e)
        {
            return (default, null, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return (HttpStatusCode.RequestTimeout, null, e);
        }
    }

    private PartnerResult<T>? Unsuccessful<T>(HttpStatusCode status, byte[]? body, Exception? failure) => (status, failure) switch
    {
        (_, HttpRequestException e) => PartnerResult.Failed<T>(PartnerFailureCategory.Unavailable, $"ClinicalTrials.gov could not be reached: {e.Message}"),
        (HttpStatusCode.RequestTimeout, _) => PartnerResult.Failed<T>(PartnerFailureCategory.Timeout, $"ClinicalTrials.gov did not answer within {http.Timeout}."),
        (HttpStatusCode.OK, _) => null,
        (HttpStatusCode.BadRequest, _) => PartnerResult.Failed<T>(PartnerFailureCategory.InvalidRequest, $"ClinicalTrials.gov rejected the request: {Encoding.UTF8.GetString(body ?? [])}"),
        (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, _) => PartnerResult.Failed<T>(PartnerFailureCategory.Unauthorized, $"ClinicalTrials.gov refused the request ({(int)status})."),
        _ => PartnerResult.Failed<T>(PartnerFailureCategory.Unavailable, $"ClinicalTrials.gov answered {(int)status} {status}; try again later."),
    };

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
