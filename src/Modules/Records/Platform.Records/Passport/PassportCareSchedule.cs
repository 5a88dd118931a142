using MediatR;
using Platform.Journeys.Contracts;
using Platform.Scheduling.Contracts;

namespace Platform.Records.Passport;

/// <summary>An appointment as the passport prints it; times are shown in the facility's time zone (IANA) when it is known.</summary>
internal sealed record PassportAppointment(DateTimeOffset StartsAt, string? TimeZone, string Kind, string Title, string? Where, bool Telehealth);

/// <summary>One item of the follow-up plan after discharge (a call, a telehealth visit, a test).</summary>
internal sealed record PassportFollowUpItem(DateOnly DueOn, string Kind, string Title, string? Status);

/// <summary>
/// Where the passport and the hand-back letter read a patient's appointments and follow-up plan,
/// which belong to other modules. Implementations run outside any Records transaction (passport
/// queries, the hand-back handler).
/// </summary>
internal interface IPassportCareSchedule
{
    Task<IReadOnlyList<PassportAppointment>> ListAppointmentsAsync(Guid patientId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PassportFollowUpItem>> ListFollowUpAsync(Guid patientId, Guid? journeyId, CancellationToken cancellationToken);
}

/// <summary>
/// Asks Scheduling (<see cref="ListPatientAppointments"/>: the appointments still to come, cancelled and
/// missed ones left out) and Journeys (<see cref="ListPatientFollowUpPlans"/>: the items of every started
/// plan, or of one journey's plan) through their contracts, as the user the request runs for.
/// </summary>
internal sealed class ModulesCareSchedule(IMediator mediator, TimeProvider clock) : IPassportCareSchedule
{
    public async Task<IReadOnlyList<PassportAppointment>> ListAppointmentsAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var appointments = await mediator.Send(new ListPatientAppointments(patientId, clock.GetUtcNow()), cancellationToken);
        return [.. appointments
            .Where(a => a.Status is AppointmentStatus.Booked or AppointmentStatus.Confirmed)
            .OrderBy(a => a.FacilityTime.At)
            .Select(a => new PassportAppointment(
                a.FacilityTime.At,
                a.FacilityTime.Zone,
                Words(a.Kind.ToString()),
                $"{Words(a.Kind.ToString())} with {a.ClinicianName} ({a.DurationMinutes} min)",
                a.Telehealth ? "Video visit" : a.RoomName,
                a.Telehealth))];
    }

    public async Task<IReadOnlyList<PassportFollowUpItem>> ListFollowUpAsync(Guid patientId, Guid? journeyId, CancellationToken cancellationToken)
    {
        var plans = await mediator.Send(new ListPatientFollowUpPlans(patientId), cancellationToken);
        return [.. plans
            .Where(p => journeyId is null || p.JourneyId == journeyId)
            .SelectMany(p => p.Items)
            .Where(i => i.DueAt is not null)
            .OrderBy(i => i.DueAt)
            .Select(i => new PassportFollowUpItem(DateOnly.FromDateTime(i.DueAt!.Value.UtcDateTime), Words(i.Kind.ToString()), i.Title, Words(i.Status.ToString())))];
    }

    /// <summary>TelehealthVisit → "Telehealth visit".</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
