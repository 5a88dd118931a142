using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Journeys.Contracts;
using Platform.Kernel.Security;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;

namespace Platform.Scheduling.Features.RunAppointmentReminders;

/// <summary>
/// Sends each reminder whose time has come, once: marks it sent (at, channel, language), tells the
/// notification through the outbox and writes it on the journey's timeline. The channel and language
/// are the patient's preferred ones as Patients gave them at booking (email and English when the
/// record names none). A reminder whose appointment has already started is not sent.
/// </summary>
internal sealed class RunAppointmentRemindersHandler(SchedulingDbContext db, IOptions<SchedulingOptions> options, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.RunAppointmentReminders, ReminderPassResult>
{
    public const string DefaultChannel = "Email";
    public const string DefaultLanguage = "en";

    public async Task<ReminderPassResult> Handle(Contracts.RunAppointmentReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dueIds = await db.Reminders.AsNoTracking()
            .Where(r => r.SentAt == null && r.DueAt <= now)
            .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
            .Select(r => r.AppointmentId)
            .Take(500)
            .ToListAsync(cancellationToken);
        var appointments = await db.AppointmentsWithReminders
            .Where(a => dueIds.Contains(a.Id) && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Confirmed) && a.StartsAt > now)
            .ToListAsync(cancellationToken);
        var names = await db.NamesAsync(appointments, cancellationToken);
        var facility = options.Value.Facility;
        var sent = new List<Guid>();
        foreach (var appointment in appointments)
        {
            foreach (var reminder in appointment.Reminders.Where(r => r.SentAt is null && r.DueAt <= now))
            {
                var channel = appointment.PatientChannel ?? DefaultChannel;
                var language = appointment.PatientLanguage ?? DefaultLanguage;
                reminder.Sent(channel, language, now);
                sent.Add(reminder.Id);
                var facilityTime = FacilityTime.Zoned(appointment.StartsAt, facility);
                var patientTime = FacilityTime.Zoned(appointment.StartsAt, appointment.PatientTimeZone);
                db.Publish(
                    new AppointmentReminderDue(reminder.Id, appointment.Id, appointment.PatientId, channel, language, appointment.Kind, appointment.StartsAt,
                        facilityTime.Local, patientTime?.Local, appointment.Telehealth, appointment.PatientJoinUrl, now),
                    appointment.Id.ToString());
                var home = patientTime is null ? "" : $", {patientTime.Local.Replace('T', ' ')} at home ({patientTime.Zone})";
                var summary = string.Create(CultureInfo.InvariantCulture,
                    $"Reminder sent by {channel} in {language}, {reminder.OffsetMinutes / 60.0:0.#} h ahead: {appointment.Kind} with {names.Clinician(appointment.ClinicianId)} on {facilityTime.Local.Replace('T', ' ')} ({facility.Id}){home}.");
                db.Publish(new JourneyTimelineEvent(appointment.JourneyId, appointment.JourneyId is null ? appointment.PatientId : null, "appointment-reminder", summary, user.UserId, now, SchedulingModule.SchemaName), appointment.Id.ToString());
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReminderPassResult(now, sent);
    }
}
