using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Access;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Monitoring;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.MonitorReadings;

/// <summary>
/// Records a batch of readings in one transaction. A reading outside its measure's thresholds raises a
/// high-priority task for the clinicians, due within <see cref="AlertDue"/>, or, while that measure's
/// task is still open, adds the reading to it as a comment: one task per measure and journey.
/// </summary>
internal sealed class RecordReadingsHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordReadings, RecordedReadings>
{
    public static readonly TimeSpan AlertDue = TimeSpan.FromHours(4);

    public async Task<RecordedReadings> Handle(RecordReadings request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var journey = await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == request.JourneyId, cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), request.JourneyId);
        var patientOnly = PatientAccess.IsPatientOrPartnerOnly(user);
        if (patientOnly && user.PatientId != journey.PatientId)
        {
            throw new AccessDeniedException("A patient records readings only on their own journeys.", authenticated: true);
        }

        if (StageTransitions.HasEnded(journey.Stage))
        {
            throw new BusinessRuleException("JOURNEY_ENDED", $"The journey is {StageTransitions.Name(journey.Stage)}; readings are not taken on a journey that has ended.");
        }

        var measures = await db.Measures.Where(m => m.JourneyId == journey.Id).ToDictionaryAsync(m => m.Measure, cancellationToken);
        EnsureMonitored(request, measures);

        var inputs = request.Readings.Select(r => r with { TakenAt = Instants.Stored(r.TakenAt.ToUniversalTime()), DeviceId = r.DeviceId?.Trim() }).ToList();
        var devices = inputs.Where(r => r.DeviceId is not null).Select(r => r.DeviceId!).Distinct().ToList();
        var takenAts = inputs.Where(r => r.DeviceId is not null).Select(r => r.TakenAt).Distinct().ToList();
        var known = devices.Count == 0 ? [] : await db.Readings.AsNoTracking()
            .Where(r => r.JourneyId == journey.Id && devices.Contains(r.DeviceId!))
            .Where(r => takenAts.Contains(r.TakenAt))
            .ToListAsync(cancellationToken);
        var seen = known.ToDictionary(r => (r.DeviceId!, r.Measure, r.TakenAt));

        var alerts = new Alerts(db, journey, user.UserId, now);
        List<ReadingDto> answered = [];
        var recorded = 0;
        foreach (var input in inputs)
        {
            if (input.DeviceId is { } device && seen.TryGetValue((device, input.Measure, input.TakenAt), out var earlier))
            {
                answered.Add(earlier.ToDto());
                continue;
            }

            var source = input.DeviceId is { } id ? $"device:{id}" : patientOnly ? "patient" : "staff";
            var value = MeasureCatalog.ToMeasureUnit(input.Measure, input.Value, input.Unit)!.Value;
            var reading = new Reading(journey.Id, journey.PatientId, input.Measure, value, input.Value, input.Unit, input.TakenAt, source, input.DeviceId, user.UserId, now);
            var measure = measures[input.Measure];
            var range = measure.RangeOf(value);
            reading.Judged(range, range == ReadingRange.InRange ? null : await alerts.RaiseAsync(measure, reading, range, cancellationToken));
            db.Readings.Add(reading);
            if (input.DeviceId is { } sent)
            {
                seen[(sent, input.Measure, input.TakenAt)] = reading;
            }

            answered.Add(reading.ToDto());
            recorded++;
        }

        if (alerts.Raised)
        {
            await db.TouchJourneysAsync([journey.Id], now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RecordedReadings(answered, recorded, inputs.Count - recorded);
    }

    private static void EnsureMonitored(RecordReadings request, Dictionary<MonitoredMeasure, MonitoredMeasureState> measures)
    {
        var errors = new ValidationErrors();
        for (var i = 0; i < request.Readings.Count; i++)
        {
            if (!measures.ContainsKey(request.Readings[i].Measure))
            {
                var monitored = measures.Count == 0 ? "none yet; a clinician sets thresholds first" : string.Join(", ", measures.Keys.Order());
                errors.Add($"readings[{i}].measure", request.Readings[i].Measure, "Monitored", $"must be a measure monitored on this journey (monitored: {monitored})");
            }
        }

        if (!errors.IsEmpty)
        {
            throw new ValidationException(nameof(RecordReadings), errors.All);
        }
    }

    /// <summary>The care team's tasks about out-of-range readings in this batch: one per measure, created or commented on.</summary>
    private sealed class Alerts(JourneysDbContext db, Journey journey, string by, DateTimeOffset now)
    {
        private readonly Dictionary<MonitoredMeasure, CareTask> _tasks = [];

        public bool Raised { get; private set; }

        public async Task<Guid> RaiseAsync(MonitoredMeasureState measure, Reading reading, ReadingRange range, CancellationToken cancellationToken)
        {
            Raised = true;
            var info = MeasureCatalog.Of(measure.Measure);
            var what = string.Create(CultureInfo.InvariantCulture, $"{MeasureCatalog.Show(reading.Value)} {info.Unit} ({(range == ReadingRange.High ? "above" : "below")} {SetMonitoringThresholdsHandler.Range(measure.Low, measure.High, info.Unit)}), taken {reading.TakenAt:yyyy-MM-dd HH:mm} UTC, from {reading.Source}");
            var task = await OpenTaskAsync(measure, cancellationToken);
            var isNew = task is null;
            if (task is null)
            {
                task = CareTask.Manual(journey, $"{SetMonitoringThresholdsHandler.Capital(info.Name)} {(range == ReadingRange.High ? "high" : "low")}: review the patient", Roles.Clinician, null, now + AlertDue, CareTaskPriority.High, by, now);
                task.Comment($"Reading out of range: {what}.", by, now);
                db.Tasks.Add(task);
                measure.Alerting(task.Id);
                db.Publish(new CareTaskAssigned(task.Id, journey.Id, task.Title, task.OwnerRole, null, task.DueAt, by, now), task.Id.ToString());
            }
            else
            {
                task.Comment($"Another reading out of range: {what}.", by, now);
                if (db.Entry(task).State != EntityState.Added)
                {
                    // A comment changes the task: its version moves, so a stale screen notices.
                    db.Entry(task).Property(t => t.Version).IsModified = true;
                }
            }

            _tasks[measure.Measure] = task;
            var told = isNew ? "task raised for the clinicians" : "added to the open task";
            db.Note(journey.Id, "reading-out-of-range", $"{SetMonitoringThresholdsHandler.Capital(info.Name)} out of range: {what}; {told}.", by, now);
            db.Publish(
                new ReadingOutOfRange(reading.Id, journey.Id, journey.PatientId, measure.Measure, reading.Value, info.Unit, measure.Low, measure.High, range, reading.Source, reading.TakenAt, task.Id, isNew, now),
                journey.Id.ToString());
            return task.Id;
        }

        private async Task<CareTask?> OpenTaskAsync(MonitoredMeasureState measure, CancellationToken cancellationToken)
        {
            if (_tasks.TryGetValue(measure.Measure, out var raised))
            {
                return raised;
            }

            if (measure.AlertTaskId is not { } id)
            {
                return null;
            }

            var task = await db.FindTaskAsync(id, cancellationToken);
            return task.IsActive ? task : null;
        }
    }
}

internal sealed class RecordReadingsValidator(TimeProvider clock) : IValidator<RecordReadings>
{
    /// <summary>A device's clock may run a little ahead; a reading further in the future than this is refused.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public ValueTask ValidateAsync(RecordReadings request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (request.Readings is null || request.Readings.Count is 0 or > RecordReadings.MaxBatch)
        {
            errors.Add("readings", request.Readings?.Count, "Count", $"must hold 1 to {RecordReadings.MaxBatch} readings");
            return ValueTask.CompletedTask;
        }

        var latest = clock.GetUtcNow() + ClockSkew;
        for (var i = 0; i < request.Readings.Count; i++)
        {
            var reading = request.Readings[i];
            var at = $"readings[{i}]";
            if (reading.TakenAt > latest)
            {
                errors.Add($"{at}.takenAt", reading.TakenAt, "NotInFuture", "must not be in the future: when the reading was taken");
            }
            else if (reading.TakenAt.Year < 2000)
            {
                errors.Add($"{at}.takenAt", reading.TakenAt, "InRange", "must be a date from the year 2000 on");
            }

            if (reading.DeviceId is { } device && (device.Trim().Length is 0 or > JourneyModel.DeviceId || !device.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')))
            {
                errors.Add($"{at}.deviceId", device, "Format", $"must be 1 to {JourneyModel.DeviceId} letters, digits, '-', '_', '.' or ':'");
            }

            if (!Enum.IsDefined(reading.Measure))
            {
                errors.Add($"{at}.measure", reading.Measure, "OneOf", $"must be one of {string.Join(", ", Enum.GetNames<MonitoredMeasure>())}");
                continue;
            }

            var info = MeasureCatalog.Of(reading.Measure);
            if (MeasureCatalog.ToMeasureUnit(reading.Measure, reading.Value, reading.Unit ?? "") is not { } value)
            {
                errors.Add($"{at}.unit", reading.Unit, "OneOf", $"must be a unit of {info.Name}: {string.Join(", ", info.Units)}");
            }
            else if (double.IsNaN(value) || value < info.Min || value > info.Max)
            {
                errors.Add($"{at}.value", reading.Value, "Plausible", $"must be a {info.Name} a person can have: {MeasureCatalog.Show(info.Min)} to {MeasureCatalog.Show(info.Max)} {info.Unit}");
            }
        }

        return ValueTask.CompletedTask;
    }
}
