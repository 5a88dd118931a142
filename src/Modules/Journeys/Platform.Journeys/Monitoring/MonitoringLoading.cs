using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Persistence;

namespace Platform.Journeys.Monitoring;

internal static class MonitoringLoading
{
    /// <summary>The measures monitored on these journeys, each with its last reading: two queries whatever the number of journeys.</summary>
    public static async Task<IReadOnlyList<MonitoredMeasureDto>> MonitoringDtosAsync(this JourneysDbContext db, IReadOnlyCollection<Guid> journeyIds, CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking().Where(m => journeyIds.Contains(m.JourneyId)).ToListAsync(cancellationToken);
        var last = await db.Readings.AsNoTracking()
            .Where(r => journeyIds.Contains(r.JourneyId))
            .Where(r => r.Id == db.Readings
                .Where(o => o.JourneyId == r.JourneyId && o.Measure == r.Measure)
                .OrderByDescending(o => o.TakenAt).ThenByDescending(o => o.Id)
                .Select(o => o.Id)
                .First())
            .ToListAsync(cancellationToken);
        var lastBy = last.ToDictionary(r => (r.JourneyId, r.Measure));
        var alertIds = measures.Where(m => m.AlertTaskId is not null).Select(m => m.AlertTaskId!.Value).ToList();
        var open = (await db.Tasks.AsNoTracking()
            .Where(t => alertIds.Contains(t.Id) && (t.Status == CareTaskStatus.Open || t.Status == CareTaskStatus.InProgress))
            .Select(t => t.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        return [.. measures
            .OrderBy(m => m.JourneyId).ThenBy(m => m.Measure)
            .Select(m => new MonitoredMeasureDto(
                m.JourneyId,
                m.Measure,
                m.Unit,
                new MeasureThresholdsDto(m.Low, m.High, m.Origin, m.SetBy, m.SetAt),
                m.AlertTaskId is { } alert && open.Contains(alert) ? alert : null,
                lastBy.TryGetValue((m.JourneyId, m.Measure), out var reading) ? reading.ToDto() : null))];
    }

    public static ReadingDto ToDto(this Reading r) =>
        new(r.Id, r.JourneyId, r.Measure, r.Value, r.Unit, r.EnteredValue, r.EnteredUnit, r.TakenAt, r.RecordedAt, r.RecordedBy, r.Source, r.Range, r.AlertTaskId);
}
