using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Journeys.Contracts;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Video;
using Platform.Sdk;
using Platform.Sdk.Video;

namespace Platform.Scheduling.Features.BookAppointment;

/// <summary>
/// Books in three steps, only the last in a transaction: read the patient (and journey) through
/// their modules; for telehealth without a typed link, check the slot and open the video visit with
/// the partner; then record the booking (<see cref="RecordAppointmentBooking"/>), which checks
/// conflicts again under lock. A booking refused at that point closes the visit it opened.
/// </summary>
internal sealed class BookAppointmentHandler(IMediator mediator, SchedulingDbContext db, VideoVisitDesk video, IOptions<SchedulingOptions> options)
    : IRequestHandler<Contracts.BookAppointment, AppointmentDto>
{
    public async Task<AppointmentDto> Handle(Contracts.BookAppointment request, CancellationToken cancellationToken)
    {
        var facility = options.Value.Facility;
        var patient = await mediator.Send(new GetPatient(request.PatientId), cancellationToken);
        if (request.JourneyId is { } journeyId)
        {
            var journey = await mediator.Send(new GetJourney(journeyId), cancellationToken);
            if (journey.PatientId != request.PatientId)
            {
                var errors = new ValidationErrors();
                errors.Add("journeyId", journeyId, "SamePatient", $"is a journey of another patient, not of patient {request.PatientId}");
                throw new ValidationException(nameof(Contracts.BookAppointment), errors.All);
            }
        }

        var startsAt = FacilityTime.Resolve(request.Start, facility, "start", new ValidationErrors())!.Value;
        var facts = new PatientFacts(patient.Contacts.TimeZone, patient.Contacts.PreferredChannel?.ToString(), (patient.PreferredLanguages.Count > 0 ? patient.PreferredLanguages[0] : null));
        var appointmentId = Guid.CreateVersion7();
        VideoFacts? visit = null;
        if (request.Telehealth)
        {
            visit = request.JoinLink is { } typed
                ? new VideoFacts(null, null, typed.Trim(), typed.Trim(), null, null)
                : await OpenVisitAsync(request, appointmentId, startsAt, patient, cancellationToken);
        }

        var booking = new BookingFacts(appointmentId, request.PatientId, request.JourneyId, request.Kind, request.ClinicianId, request.RoomId, request.Telehealth,
            startsAt, request.DurationMinutes, request.Reason, request.Notes, facts, visit);
        try
        {
            return await mediator.Send(new RecordAppointmentBooking(booking), cancellationToken);
        }
        catch (Exception) when (visit is { PartnerId: { } partnerId, VisitId: { } visitId })
        {
            // Best effort: the booking is refused either way; a room left open expires on its own.
            await video.CloseAsync(partnerId, visitId, appointmentId, "The booking was refused", CancellationToken.None);
            throw;
        }
    }

    private async Task<VideoFacts> OpenVisitAsync(Contracts.BookAppointment request, Guid appointmentId, DateTimeOffset startsAt, PatientDto patient, CancellationToken cancellationToken)
    {
        // Refuse what will be refused anyway before asking the partner for a room.
        var clinician = await db.Clinicians.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.ClinicianId, cancellationToken)
            ?? throw new NotFoundException("Clinician", request.ClinicianId);
        await db.EnsureFreeAsync(null, request.ClinicianId, null, request.PatientId, startsAt, startsAt.AddMinutes(request.DurationMinutes), options.Value.Facility, cancellationToken);
        var name = string.Join(' ', new[] { patient.Identity.GivenName, patient.Identity.FamilyName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        var visit = new VideoVisitRequest(
            appointmentId.ToString(),
            startsAt,
            TimeSpan.FromMinutes(request.DurationMinutes),
            new ContactPerson(name, patient.Contacts.Phone, patient.Contacts.Email, (patient.PreferredLanguages.Count > 0 ? patient.PreferredLanguages[0] : null)),
            new ContactPerson(clinician.Name, Language: clinician.Languages.Split(',')[0]),
            options.Value.FacilityTimeZone);
        return await video.OpenAsync(appointmentId, visit, cancellationToken);
    }
}
