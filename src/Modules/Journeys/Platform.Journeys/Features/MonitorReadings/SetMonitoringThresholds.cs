using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Monitoring;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.MonitorReadings;

internal sealed class SetMonitoringThresholdsHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SetMonitoringThresholds, MonitoredMeasureDto>
{
    public async Task<MonitoredMeasureDto> Handle(SetMonitoringThresholds request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var journey = await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == request.JourneyId, cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), request.JourneyId);
        if (StageTransitions.HasEnded(journey.Stage))
        {
            throw new BusinessRuleException("JOURNEY_ENDED", $"The journey is {StageTransitions.Name(journey.Stage)}; nothing is monitored on a journey that has ended.");
        }

        var info = MeasureCatalog.Of(request.Measure);
        var measure = await db.Measures.SingleOrDefaultAsync(m => m.JourneyId == journey.Id && m.Measure == request.Measure, cancellationToken);
        var before = measure is null ? "now monitored" : $"changed from {Range(measure.Low, measure.High, info.Unit)}";
        if (measure is null)
        {
            measure = new MonitoredMeasureState(journey.Id, request.Measure, request.Low, request.High, MonitoredMeasureState.ClinicianOrigin, user.UserId, now);
            db.Measures.Add(measure);
        }
        else
        {
            measure.Set(request.Low, request.High, MonitoredMeasureState.ClinicianOrigin, user.UserId, now);
        }

        db.Note(journey.Id, "monitoring-thresholds-set", $"{Capital(info.Name)} {before} to {Range(request.Low, request.High, info.Unit)}.", user.UserId, now);
        await db.TouchJourneysAsync([journey.Id], now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.MonitoringDtosAsync([journey.Id], cancellationToken)).Single(m => m.Measure == request.Measure);
    }

    public static string Range(double? low, double? high, string unit) => (low, high) switch
    {
        ({ } l, { } h) => $"{MeasureCatalog.Show(l)}–{MeasureCatalog.Show(h)} {unit}",
        ({ } l, null) => $"at least {MeasureCatalog.Show(l)} {unit}",
        (null, { } h) => $"at most {MeasureCatalog.Show(h)} {unit}",
        _ => "no thresholds",
    };

    public static string Capital(string words) => char.ToUpperInvariant(words[0]) + words[1..];
}

internal sealed class SetMonitoringThresholdsValidator : IValidator<SetMonitoringThresholds>
{
    public ValueTask ValidateAsync(SetMonitoringThresholds request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        FollowUpRules.Threshold(errors, "", request.Measure, request.Low, request.High);
        return ValueTask.CompletedTask;
    }
}
