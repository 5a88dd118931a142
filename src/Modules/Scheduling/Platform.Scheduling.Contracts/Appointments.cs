using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Scheduling.Contracts;

/// <summary>
/// When an appointment starts: exactly one of an instant with its UTC offset (At, such as
/// 2027-03-20T10:00:00+01:00), or a wall-clock date-time in the facility's time zone
/// (FacilityLocal, such as 2027-03-20T10:00). A facility-local time that does not exist (skipped
/// by a daylight-saving change) is refused; one that happens twice (the hour repeated when clocks
/// go back) means its first occurrence, in summer time.
/// </summary>
public sealed record AppointmentStart(DateTimeOffset? At = null, string? FacilityLocal = null);

/// <summary>
/// Books an appointment. In person it needs a room; telehealth needs none, and gets its join links
/// from the enabled video-visits partner (or from JoinLink, typed by staff, when no partner serves).
/// Not one transaction: the video visit is arranged with the partner first, outside any database
/// transaction, then the booking is recorded (and conflicts checked again) in one; a booking
/// refused at that point cancels the visit it arranged.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record BookAppointment(
    Guid PatientId,
    AppointmentKind Kind,
    Guid ClinicianId,
    AppointmentStart Start,
    int DurationMinutes,
    bool Telehealth = false,
    Guid? RoomId = null,
    string? Reason = null,
    Guid? JourneyId = null,
    string? JoinLink = null,
    string? Notes = null) : IRequest<AppointmentDto>, IPatientScoped;

/// <summary>Moves an appointment (and, if given, to another clinician or room); pending reminders are planned again.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record RescheduleAppointment(
    Guid PatientId,
    Guid AppointmentId,
    long ExpectedVersion,
    AppointmentStart Start,
    int? DurationMinutes = null,
    Guid? ClinicianId = null,
    Guid? RoomId = null) : ICommand<AppointmentDto>, IPatientScoped;

/// <summary>Cancels a booked or confirmed appointment; a video visit is cancelled with the partner after the change commits.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record CancelAppointment(Guid PatientId, Guid AppointmentId, long ExpectedVersion, string Reason) : ICommand<AppointmentDto>, IPatientScoped;

/// <summary>Confirms a booked appointment (staff, or the patient for their own).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Patient)]
public sealed record ConfirmAppointment(Guid PatientId, Guid AppointmentId, long ExpectedVersion) : ICommand<AppointmentDto>, IPatientScoped;

/// <summary>Records that the visit took place, with the clinician's visit note.</summary>
[RequiresRole(Roles.Clinician, Roles.Coordinator, Roles.CaseManager)]
public sealed record CompleteAppointment(Guid PatientId, Guid AppointmentId, long ExpectedVersion, string VisitNote) : ICommand<AppointmentDto>, IPatientScoped;

/// <summary>Records that the patient did not come (possible once the appointment has started).</summary>
[RequiresRole(Roles.Clinician, Roles.Coordinator, Roles.CaseManager)]
public sealed record MarkAppointmentNoShow(Guid PatientId, Guid AppointmentId, long ExpectedVersion) : ICommand<AppointmentDto>, IPatientScoped;

/// <summary>One appointment; a patient only their own, a partner agent only a granted patient's.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record GetAppointment(Guid AppointmentId) : IQuery<AppointmentDto>;

/// <summary>
/// Which appointments a search holds; every condition given must hold. From and To bound the
/// start (From inclusive, To exclusive). A patient's search is always of their own appointments;
/// a partner agent must name a granted patient.
/// </summary>
public sealed record AppointmentFilter(
    Guid? PatientId = null,
    Guid? ClinicianId = null,
    Guid? JourneyId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    AppointmentStatus? Status = null,
    bool? Telehealth = null);

/// <summary>A page of appointments by start time (earliest first), 1 to 100, continuing after a cursor of an earlier page.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record SearchAppointments(AppointmentFilter Filter, int First = 25, string? After = null) : IQuery<AppointmentPage>;

/// <summary>How many appointments a filter matches (as <see cref="SearchAppointments"/>).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record CountAppointments(AppointmentFilter Filter) : IQuery<int>;

/// <summary>Every appointment of these patients the caller may read, by start time: one query for a page of patients.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record GetAppointmentsOfPatients(IReadOnlyList<Guid> PatientIds) : IQuery<IReadOnlyList<AppointmentDto>>;

/// <summary>
/// A patient's appointments from an instant on (all when From is null), by start time, in the
/// shape other modules need (the health passport): kind, start in both zones, clinician, place, status.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record ListPatientAppointments(Guid PatientId, DateTimeOffset? From = null) : IQuery<IReadOnlyList<PatientAppointmentDto>>, IPatientScoped;

/// <summary>
/// Sends every reminder that has fallen due (at the configured offsets before the start), once per
/// offset, in the patient's preferred channel and language. The background service runs the same pass.
/// </summary>
[RequiresRole(Roles.Administrator)]
public sealed record RunAppointmentReminders : ICommand<ReminderPassResult>;

public sealed record ReminderPassResult(DateTimeOffset RanAt, IReadOnlyList<Guid> SentReminderIds);

/// <summary>A page of appointments.</summary>
public sealed record AppointmentPage(IReadOnlyList<AppointmentEdge> Edges, bool HasNextPage);

/// <summary>One appointment of a page and its cursor.</summary>
public sealed record AppointmentEdge(AppointmentDto Appointment, string Cursor);

/// <summary>An instant as a clock in one time zone shows it.</summary>
[GraphQLName("ZonedTime")]
public sealed record ZonedTimeDto(
    [property: GraphQLDescription("The wall-clock date and time there, such as 2027-03-20T10:00.")] string Local,
    [property: GraphQLDescription("The zone's offset from UTC at that instant, such as +01:00 (daylight saving included).")] string Offset,
    [property: GraphQLDescription("The IANA time zone, such as Europe/Madrid.")] string Zone,
    [property: GraphQLDescription("The same instant with that offset.")] DateTimeOffset At);

/// <summary>The video visit of a telehealth appointment.</summary>
[GraphQLName("VideoVisit")]
public sealed record VideoVisitDto(
    [property: GraphQLDescription("The partner that hosts it, or null when staff typed the link.")] string? PartnerId,
    [property: GraphQLDescription("The partner's visit id.")] string? VisitId,
    [property: GraphQLDescription("Where the patient joins.")] string PatientJoinUrl,
    [property: GraphQLDescription("Where the clinician joins (the patient's link when staff typed one).")] string ClinicianJoinUrl,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil);

/// <summary>A reminder of an appointment, planned at an offset before its start.</summary>
[GraphQLName("AppointmentReminder")]
public sealed record AppointmentReminderDto(
    Guid Id,
    [property: GraphQLDescription("How long before the start, in minutes.")] int OffsetMinutes,
    DateTimeOffset DueAt,
    DateTimeOffset? SentAt,
    [property: GraphQLDescription("How it was sent (the patient's preferred channel then); null until sent.")] string? Channel,
    [property: GraphQLDescription("The language it was sent in; null until sent.")] string? Language);

/// <summary>An appointment, with its start as the facility's clock and the patient's home clock show it.</summary>
[GraphQLName("Appointment")]
public sealed record AppointmentDto(
    Guid Id,
    long Version,
    Guid PatientId,
    Guid? JourneyId,
    AppointmentKind Kind,
    AppointmentStatus Status,
    Guid ClinicianId,
    string ClinicianName,
    Guid? RoomId,
    string? RoomName,
    bool Telehealth,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int DurationMinutes,
    [property: GraphQLDescription("The start on the facility's clock (Scheduling:FacilityTimeZone).")] ZonedTimeDto FacilityTime,
    [property: GraphQLDescription("The start on the patient's home clock; null when the patient's record has no time zone.")] ZonedTimeDto? PatientTime,
    string? Reason,
    string? Notes,
    string? VisitNote,
    string? CancelReason,
    VideoVisitDto? VideoVisit,
    IReadOnlyList<AppointmentReminderDto> Reminders,
    DateTimeOffset BookedAt,
    string BookedBy,
    DateTimeOffset UpdatedAt);

/// <summary>An appointment as another module (the health passport) lists it.</summary>
public sealed record PatientAppointmentDto(
    Guid AppointmentId,
    AppointmentKind Kind,
    AppointmentStatus Status,
    ZonedTimeDto FacilityTime,
    ZonedTimeDto? PatientTime,
    int DurationMinutes,
    string ClinicianName,
    string? RoomName,
    bool Telehealth);
