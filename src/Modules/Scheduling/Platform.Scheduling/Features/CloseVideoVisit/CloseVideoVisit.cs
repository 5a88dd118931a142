using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Video;
using Platform.Sdk;

namespace Platform.Scheduling.Features.CloseVideoVisit;

/// <summary>
/// Closes the partner's visit room once a cancellation has committed (the outbox delivers this
/// after the transaction, so the partner is never called inside one). A failed call throws, and the
/// outbox retries it; a partner that no longer knows the visit has nothing left to close.
/// </summary>
internal sealed partial class CloseVideoVisitHandler(SchedulingDbContext db, VideoVisitDesk video, ILogger<CloseVideoVisitHandler> logger) : INotificationHandler<AppointmentChanged>
{
    public async Task Handle(AppointmentChanged notification, CancellationToken cancellationToken)
    {
        if (notification.Change != AppointmentChange.Cancelled)
        {
            return;
        }

        var appointment = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == notification.AppointmentId, cancellationToken);
        if (appointment is not { VideoPartnerId: { } partnerId, VideoVisitId: { } visitId })
        {
            return;
        }

        var result = await video.CloseAsync(partnerId, visitId, appointment.Id, appointment.CancelReason ?? "Appointment cancelled", cancellationToken);
        if (result.Kind == PartnerResultKind.Failed)
        {
            throw new InvalidOperationException($"Video partner '{partnerId}' could not close visit '{visitId}' of appointment {appointment.Id}: {result}.");
        }

        if (result.Kind == PartnerResultKind.Declined)
        {
            LogNothingToClose(partnerId, visitId, result.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Video partner {PartnerId} did not close visit {VisitId}: {Outcome}.")]
    private partial void LogNothingToClose(string partnerId, string visitId, string outcome);
}
