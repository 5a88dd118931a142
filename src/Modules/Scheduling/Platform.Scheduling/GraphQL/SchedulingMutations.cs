using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.GraphQL;

[MutationType]
internal sealed class SchedulingMutations
{
    [GraphQLDescription("Adds a clinician (administrators).")]
    public static async Task<ClinicianPayload> AddClinician(AddClinicianInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.AddClinician(input.Name, input.Specialty, input.Languages ?? []), cancellationToken);
        return new ClinicianPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Changes a clinician; active: false stops new bookings (administrators).")]
    public static async Task<ClinicianPayload> ChangeClinician(ChangeClinicianInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.ChangeClinician(input.ClinicianId, input.ExpectedVersion, input.Name, input.Specialty, input.Languages ?? [], input.Active), cancellationToken);
        return new ClinicianPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Adds a room (administrators).")]
    public static async Task<RoomPayload> AddRoom(AddRoomInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.AddRoom(input.Name, input.Kind), cancellationToken);
        return new RoomPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Changes a room; active: false stops new bookings in it (administrators).")]
    public static async Task<RoomPayload> ChangeRoom(ChangeRoomInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.ChangeRoom(input.RoomId, input.ExpectedVersion, input.Name, input.Kind, input.Active), cancellationToken);
        return new RoomPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Books an appointment. start takes either at (an instant with offset) or facilityLocal (the facility's wall clock). Overlaps with the clinician's, room's or patient's other appointments are refused (APPOINTMENT_CONFLICT); telehealth gets its join links from the video-visits partner (NO_VIDEO_PROVIDER without one, unless joinLink is given).")]
    public static async Task<AppointmentPayload> BookAppointment(BookAppointmentInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.BookAppointment(input.PatientId, input.Kind, input.ClinicianId, input.Start, input.DurationMinutes, input.Telehealth, input.RoomId, input.Reason, input.JourneyId, input.JoinLink, input.Notes),
            cancellationToken);
        return new AppointmentPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Moves an appointment (optionally to another clinician or room); it is booked again and its pending reminders follow.")]
    public static async Task<AppointmentPayload> RescheduleAppointment(RescheduleAppointmentInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.RescheduleAppointment(input.PatientId, input.AppointmentId, input.ExpectedVersion, input.Start, input.DurationMinutes, input.ClinicianId, input.RoomId), cancellationToken);
        return new AppointmentPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Cancels a booked or confirmed appointment, with the reason; its video visit is closed with the partner.")]
    public static async Task<AppointmentPayload> CancelAppointment(CancelAppointmentInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.CancelAppointment(input.PatientId, input.AppointmentId, input.ExpectedVersion, input.Reason), cancellationToken);
        return new AppointmentPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Confirms a booked appointment (staff, or the patient for their own).")]
    public static async Task<AppointmentPayload> ConfirmAppointment(AppointmentVersionInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.ConfirmAppointment(input.PatientId, input.AppointmentId, input.ExpectedVersion), cancellationToken);
        return new AppointmentPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Records that the visit took place, with the visit note (once it has started).")]
    public static async Task<AppointmentPayload> CompleteAppointment(CompleteAppointmentInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.CompleteAppointment(input.PatientId, input.AppointmentId, input.ExpectedVersion, input.VisitNote), cancellationToken);
        return new AppointmentPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Records that the patient did not come (once the appointment has started).")]
    public static async Task<AppointmentPayload> MarkAppointmentNoShow(AppointmentVersionInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.MarkAppointmentNoShow(input.PatientId, input.AppointmentId, input.ExpectedVersion), cancellationToken);
        return new AppointmentPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Sends every appointment reminder that has fallen due now (administrators); the background service runs the same pass.")]
    public static async Task<ReminderPassPayload> RunAppointmentReminders(IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.RunAppointmentReminders(), cancellationToken);
        return new ReminderPassPayload(outcome.Result?.RanAt, outcome.Result?.SentReminderIds ?? [], outcome.Errors);
    }
}

internal sealed record AddClinicianInput(string Name, string Specialty, [property: GraphQLDescription("BCP 47 tags, such as es, ca, en.")] IReadOnlyList<string>? Languages);

internal sealed record ChangeClinicianInput(Guid ClinicianId, long ExpectedVersion, string Name, string Specialty, IReadOnlyList<string>? Languages, bool Active);

internal sealed record AddRoomInput(string Name, RoomKind Kind);

internal sealed record ChangeRoomInput(Guid RoomId, long ExpectedVersion, string Name, RoomKind Kind, bool Active);

internal sealed record BookAppointmentInput(
    [property: GraphQLDescription("The patient's registry id (Patient.registryId).")] Guid PatientId,
    AppointmentKind Kind,
    Guid ClinicianId,
    [property: GraphQLDescription("Exactly one of at (an instant with its offset) or facilityLocal (yyyy-MM-ddTHH:mm on the facility's clock; a time skipped by daylight saving is refused, a repeated one means its first occurrence).")] AppointmentStart Start,
    int DurationMinutes,
    bool Telehealth = false,
    [property: GraphQLDescription("Required in person; left out for telehealth.")] Guid? RoomId = null,
    string? Reason = null,
    Guid? JourneyId = null,
    [property: GraphQLDescription("Telehealth only: a join link staff typed, used instead of the video partner's.")] string? JoinLink = null,
    string? Notes = null);

internal sealed record RescheduleAppointmentInput(Guid PatientId, Guid AppointmentId, long ExpectedVersion, AppointmentStart Start, int? DurationMinutes = null, Guid? ClinicianId = null, Guid? RoomId = null);

internal sealed record CancelAppointmentInput(Guid PatientId, Guid AppointmentId, long ExpectedVersion, string Reason);

internal sealed record CompleteAppointmentInput(Guid PatientId, Guid AppointmentId, long ExpectedVersion, string VisitNote);

internal sealed record AppointmentVersionInput(Guid PatientId, Guid AppointmentId, long ExpectedVersion);

internal sealed record ClinicianPayload(ClinicianDto? Clinician, IReadOnlyList<IUserError> Errors);

internal sealed record RoomPayload(RoomDto? Room, IReadOnlyList<IUserError> Errors);

internal sealed record AppointmentPayload(AppointmentDto? Appointment, IReadOnlyList<IUserError> Errors);

internal sealed record ReminderPassPayload(DateTimeOffset? RanAt, IReadOnlyList<Guid> SentReminderIds, IReadOnlyList<IUserError> Errors);
