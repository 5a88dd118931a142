using MediatR;

namespace Platform.Scheduling.Contracts;

/// <summary>What happened to an appointment.</summary>
public enum AppointmentChange
{
    Booked,
    Rescheduled,
    Confirmed,
    Cancelled,
    Completed,
    NoShow,
}

/// <summary>Told (through the outbox) after any change to an appointment commits.</summary>
public sealed record AppointmentChanged(Guid AppointmentId, Guid PatientId, Guid? JourneyId, AppointmentChange Change, AppointmentStatus Status, DateTimeOffset StartsAt, string By, DateTimeOffset At) : INotification;

/// <summary>
/// A reminder fell due: tell the patient through Channel (their preferred channel: Email, Phone,
/// Sms, WhatsApp or Portal) in Language, that their appointment starts at FacilityLocal (facility
/// clock) / PatientLocal (their home clock, when known).
/// </summary>
public sealed record AppointmentReminderDue(
    Guid ReminderId,
    Guid AppointmentId,
    Guid PatientId,
    string Channel,
    string Language,
    AppointmentKind Kind,
    DateTimeOffset StartsAt,
    string FacilityLocal,
    string? PatientLocal,
    bool Telehealth,
    string? PatientJoinUrl,
    DateTimeOffset At) : INotification;
