using System.Globalization;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.Appointments;

/// <summary>
/// An appointment in a clinician's calendar (and a room's, in person), with its status moves and
/// the reminders planned before it. Instants are kept in UTC; zones are for showing them.
/// </summary>
internal sealed class Appointment : Aggregate
{
    private readonly List<AppointmentReminder> _reminders = [];

    private Appointment()
    {
    }

    public Guid PatientId { get; private set; }

    public Guid? JourneyId { get; private set; }

    public AppointmentKind Kind { get; private set; }

    public AppointmentStatus Status { get; private set; }

    public Guid ClinicianId { get; private set; }

    public Guid? RoomId { get; private set; }

    public bool Telehealth { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public string? Reason { get; private set; }

    public string? Notes { get; private set; }

    public string? VisitNote { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>The patient's home zone, channel and language, as Patients gave them at booking.</summary>
    public string? PatientTimeZone { get; private set; }

    public string? PatientChannel { get; private set; }

    public string? PatientLanguage { get; private set; }

    public string? VideoPartnerId { get; private set; }

    public string? VideoVisitId { get; private set; }

    public string? PatientJoinUrl { get; private set; }

    public string? ClinicianJoinUrl { get; private set; }

    public DateTimeOffset? VideoValidFrom { get; private set; }

    public DateTimeOffset? VideoValidUntil { get; private set; }

    public DateTimeOffset BookedAt { get; private set; }

    public string BookedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<AppointmentReminder> Reminders => _reminders;

    /// <summary>Whether the appointment holds its clinician, room and patient (cancelled and no-show ones free them).</summary>
    public bool Holds => Status is AppointmentStatus.Booked or AppointmentStatus.Confirmed or AppointmentStatus.Completed;

    public static Appointment Book(BookingFacts booking, string by, DateTimeOffset now) => new()
    {
        Id = booking.AppointmentId,
        PatientId = booking.PatientId,
        JourneyId = booking.JourneyId,
        Kind = booking.Kind,
        Status = AppointmentStatus.Booked,
        ClinicianId = booking.ClinicianId,
        RoomId = booking.RoomId,
        Telehealth = booking.Telehealth,
        StartsAt = booking.StartsAt.ToUniversalTime(),
        EndsAt = booking.StartsAt.ToUniversalTime().AddMinutes(booking.DurationMinutes),
        DurationMinutes = booking.DurationMinutes,
        Reason = booking.Reason?.Trim(),
        Notes = booking.Notes?.Trim(),
        PatientTimeZone = booking.Patient.TimeZone,
        PatientChannel = booking.Patient.Channel,
        PatientLanguage = booking.Patient.Language,
        VideoPartnerId = booking.Video?.PartnerId,
        VideoVisitId = booking.Video?.VisitId,
        PatientJoinUrl = booking.Video?.PatientJoinUrl,
        ClinicianJoinUrl = booking.Video?.ClinicianJoinUrl,
        VideoValidFrom = booking.Video?.ValidFrom,
        VideoValidUntil = booking.Video?.ValidUntil,
        BookedAt = now,
        BookedBy = by,
        UpdatedAt = now,
    };

    public void Reschedule(DateTimeOffset startsAt, int durationMinutes, Guid clinicianId, Guid? roomId, DateTimeOffset now)
    {
        EnsureStatus("reschedule it", AppointmentStatus.Booked, AppointmentStatus.Confirmed);
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = StartsAt.AddMinutes(durationMinutes);
        DurationMinutes = durationMinutes;
        ClinicianId = clinicianId;
        RoomId = roomId;

        // A moved appointment is booked again: the patient confirms the new time.
        Status = AppointmentStatus.Booked;
        UpdatedAt = now;
    }

    /// <summary>Takes the patient's zone, channel and language as Patients has them now; the appointment's version moves, as for any change.</summary>
    public void UsePatientFacts(PatientFacts patient)
    {
        PatientTimeZone = patient.TimeZone;
        PatientChannel = patient.Channel;
        PatientLanguage = patient.Language;
    }

    public void Confirm(DateTimeOffset now)
    {
        EnsureStatus("confirm it", AppointmentStatus.Booked);
        Status = AppointmentStatus.Confirmed;
        UpdatedAt = now;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        EnsureStatus("cancel it", AppointmentStatus.Booked, AppointmentStatus.Confirmed);
        Status = AppointmentStatus.Cancelled;
        CancelReason = reason.Trim();
        _reminders.RemoveAll(r => r.SentAt is null);
        UpdatedAt = now;
    }

    public void Complete(string visitNote, DateTimeOffset now)
    {
        EnsureStatus("complete it", AppointmentStatus.Booked, AppointmentStatus.Confirmed);
        EnsureStarted("complete it", now);
        Status = AppointmentStatus.Completed;
        VisitNote = visitNote.Trim();
        _reminders.RemoveAll(r => r.SentAt is null);
        UpdatedAt = now;
    }

    public void MarkNoShow(DateTimeOffset now)
    {
        EnsureStatus("mark it a no-show", AppointmentStatus.Booked, AppointmentStatus.Confirmed);
        EnsureStarted("mark it a no-show", now);
        Status = AppointmentStatus.NoShow;
        _reminders.RemoveAll(r => r.SentAt is null);
        UpdatedAt = now;
    }

    /// <summary>
    /// Plans a reminder at each offset before the start that is still ahead: one reminder per offset
    /// ever (a sent one is never planned again); pending ones move with the start.
    /// </summary>
    public void PlanReminders(IReadOnlyList<TimeSpan> offsets, DateTimeOffset now)
    {
        var minutes = offsets.Select(o => (int)o.TotalMinutes).Distinct().ToList();
        _reminders.RemoveAll(r => r.SentAt is null && !minutes.Contains(r.OffsetMinutes));
        foreach (var offset in minutes)
        {
            var due = StartsAt.AddMinutes(-offset);
            var planned = _reminders.FirstOrDefault(r => r.OffsetMinutes == offset);
            if (planned is { SentAt: not null })
            {
                continue;
            }

            if (due <= now)
            {
                if (planned is not null)
                {
                    _reminders.Remove(planned);
                }
            }
            else if (planned is null)
            {
                _reminders.Add(AppointmentReminder.Plan(Id, offset, due));
            }
            else
            {
                planned.MoveTo(due);
            }
        }
    }

    private void EnsureStatus(string what, params AppointmentStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new BusinessRuleException(
                "APPOINTMENT_STATUS",
                $"Appointment '{Id}' is {Status}: it is not possible to {what} (only when {string.Join(" or ", allowed)}).");
        }
    }

    private void EnsureStarted(string what, DateTimeOffset now)
    {
        if (now < StartsAt)
        {
            throw new BusinessRuleException(
                "APPOINTMENT_NOT_STARTED",
                string.Create(CultureInfo.InvariantCulture, $"Appointment '{Id}' starts at {StartsAt:yyyy-MM-dd HH:mm} UTC: it is not possible to {what} before it starts."));
        }
    }
}

/// <summary>A reminder planned at an offset before an appointment's start; sent once.</summary>
internal sealed class AppointmentReminder
{
    private AppointmentReminder()
    {
    }

    public Guid Id { get; private set; }

    public Guid AppointmentId { get; private set; }

    public int OffsetMinutes { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? Channel { get; private set; }

    public string? Language { get; private set; }

    public static AppointmentReminder Plan(Guid appointmentId, int offsetMinutes, DateTimeOffset dueAt) =>
        new() { Id = Guid.CreateVersion7(), AppointmentId = appointmentId, OffsetMinutes = offsetMinutes, DueAt = dueAt };

    public void MoveTo(DateTimeOffset dueAt) => DueAt = dueAt;

    public void Sent(string channel, string language, DateTimeOffset now)
    {
        SentAt = now;
        Channel = channel;
        Language = language;
    }

    public AppointmentReminderDto ToDto() => new(Id, OffsetMinutes, DueAt, SentAt, Channel, Language);
}

/// <summary>What Patients said about the patient when the appointment was booked.</summary>
internal sealed record PatientFacts(string? TimeZone, string? Channel, string? Language);

/// <summary>The join links of a telehealth appointment.</summary>
internal sealed record VideoFacts(string? PartnerId, string? VisitId, string PatientJoinUrl, string ClinicianJoinUrl, DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil);

/// <summary>Everything a booking records, resolved and checked.</summary>
internal sealed record BookingFacts(
    Guid AppointmentId,
    Guid PatientId,
    Guid? JourneyId,
    AppointmentKind Kind,
    Guid ClinicianId,
    Guid? RoomId,
    bool Telehealth,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    string? Reason,
    string? Notes,
    PatientFacts Patient,
    VideoFacts? Video);
