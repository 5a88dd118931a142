using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Sdk;
using Platform.Sdk.Trials;

namespace Platform.Plugins.ClinicalTrials;

/// <summary>
/// Serves ClinicalTrials.gov API v2 study records from a file (the set the plugin ships, or the hospital's
/// own export): the same search and detail the live API gives, without the network. A file that cannot be
/// read makes the partner unhealthy with the reason, and every call fails Unavailable.
/// </summary>
internal sealed class RecordedRegistry : IClinicalTrialRegistry
{
    private readonly ClinicalTrialsSettings _settings;
    private readonly TimeProvider _time;
    private readonly string _path;
    private readonly IReadOnlyList<StudyRecord> _records = [];
    private readonly string? _problem;

    public RecordedRegistry(ClinicalTrialsSettings settings, PartnerInstance instance, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        _path = Path.IsPathRooted(settings.RecordedStudies) ? settings.RecordedStudies : Path.Combine(instance.PluginDirectory, settings.RecordedStudies);
        try
        {
            // JsonDocument rather than a serializer: no type metadata is cached for this plugin's types,
            // which would keep the plugin loaded after the host unloads it.
            using var document = JsonDocument.Parse(File.ReadAllBytes(_path));
            _records = [.. document.RootElement.GetProperty("studies").EnumerateArray().Select(StudyRecord.Read)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            _problem = $"The recorded studies in {_path} cannot be read: {e.Message} Set RecordedStudies to a ClinicalTrials.gov v2 /studies response.";
        }
    }

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await RespondAsync("health", cancellationToken);
        if (_problem is not null)
        {
            return PartnerHealth.Unhealthy(_problem);
        }

        var newest = _records.Max(r => r.Study.LastUpdated);
        return PartnerHealth.Healthy($"Recorded ClinicalTrials.gov v2 records: {_records.Count} studies, updated up to {newest:yyyy-MM-dd} (Mode=Recorded; set Mode=Live for the live API).");
    }

    public async Task<PartnerResult<TrialSearchPage>> SearchAsync(TrialSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        await RespondAsync($"search|{search}", cancellationToken);
        if (_problem is not null)
        {
            return PartnerResult.Failed<TrialSearchPage>(PartnerFailureCategory.Unavailable, _problem);
        }

        var offset = 0;
        var problem = SearchRules.Problem(search)
            ?? (SearchRules.TryReadPageToken(search.PageToken, out offset) ? null : $"pageToken '{search.PageToken}' is not one this registry issued");
        if (problem is not null)
        {
            return PartnerResult.Failed<TrialSearchPage>(PartnerFailureCategory.InvalidRequest, $"The registry rejected the search: {problem}.");
        }

        var matches = new List<TrialSummary>();
        foreach (var record in _records)
        {
            if (SearchRules.Matches(record, search, out var nearest))
            {
                var s = record.Study;
                matches.Add(new TrialSummary(s.StudyId, s.BriefTitle, s.Status, s.Conditions, s.Phases, nearest));
            }
        }

        var ordered = search.Near is null
            ? matches.OrderByDescending(m => _records.First(r => r.Study.StudyId == m.StudyId).Study.LastUpdated).ThenBy(m => m.StudyId, StringComparer.Ordinal)
            : matches.OrderBy(m => m.NearestSiteKm).ThenBy(m => m.StudyId, StringComparer.Ordinal);
        var page = ordered.Skip(offset).Take(search.PageSize).ToList();
        var next = offset + page.Count < matches.Count ? SearchRules.PageToken(offset + page.Count) : null;
        return PartnerResult.Success(new TrialSearchPage(page, matches.Count, next));
    }

    public async Task<PartnerResult<TrialStudy>> GetStudyAsync(string studyId, CancellationToken cancellationToken)
    {
        await RespondAsync($"study|{studyId}", cancellationToken);
        if (_problem is not null)
        {
            return PartnerResult.Failed<TrialStudy>(PartnerFailureCategory.Unavailable, _problem);
        }

        if (!SearchRules.IsStudyId(studyId))
        {
            return PartnerResult.Failed<TrialStudy>(PartnerFailureCategory.InvalidRequest, $"'{studyId}' is not an NCT number; expected NCT followed by 8 digits, such as NCT04368728.");
        }

        return _records.FirstOrDefault(r => r.Study.StudyId == studyId) is { } record
            ? PartnerResult.Success(record.Study)
            : PartnerResult.Declined<TrialStudy>("NOT_FOUND", $"No study {studyId} in the recorded set ({_records.Count} studies); the live registry may have it (Mode=Live).");
    }

    /// <summary>Answers after a delay fixed by the request, as the live API would take a while.</summary>
    private Task RespondAsync(string request, CancellationToken cancellationToken)
    {
        var roll = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(request)), 0) / (ulong.MaxValue + 1.0);
        return Task.Delay(_settings.Latency * (0.5 + roll), _time, cancellationToken);
    }
}
