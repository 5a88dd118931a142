using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Persistence;

namespace Platform.Journeys.Features.RecordTimelineEvent;

/// <summary>
/// Writes what another module told on the timeline: on the journey named, or on every journey of the
/// patient that has not ended. An event naming no journey that exists is dropped: there is nothing to
/// write it on, and the sender's own record keeps it.
/// </summary>
internal sealed class RecordTimelineEventHandler(JourneysDbContext db, TimeProvider clock) : INotificationHandler<JourneyTimelineEvent>
{
    public async Task Handle(JourneyTimelineEvent notification, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        List<Guid> journeyIds = notification switch
        {
            { JourneyId: { } id } => await db.Journeys.Where(j => j.Id == id).Select(j => j.Id).ToListAsync(cancellationToken),
            { PatientId: { } patient } => await db.Journeys
                .Where(j => j.PatientId == patient && j.Stage != JourneyStage.Closed && j.Stage != JourneyStage.Declined && j.Stage != JourneyStage.Cancelled)
                .Select(j => j.Id)
                .ToListAsync(cancellationToken),
            _ => [],
        };
        foreach (var journeyId in journeyIds)
        {
            db.Timeline.Add(new TimelineEntry(
                journeyId,
                Clip(notification.Kind, JourneyModel.Kind),
                Clip(notification.Summary, JourneyModel.Text),
                Clip(notification.Actor, JourneyModel.UserId),
                Instants.Stored(notification.OccurredAt),
                Clip(notification.Source, JourneyModel.Kind),
                now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // Another module's summary is its own business; a long one is kept in part rather than lost.
    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
