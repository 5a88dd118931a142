namespace Platform.Records.Passport;

/// <summary>An appointment as the passport prints it; times are shown in the facility's time zone (IANA) when it is known.</summary>
internal sealed record PassportAppointment(DateTimeOffset StartsAt, string? TimeZone, string Kind, string Title, string? Where, bool Telehealth);

/// <summary>One item of the follow-up plan after discharge (a call, a telehealth visit, a test).</summary>
internal sealed record PassportFollowUpItem(DateOnly DueOn, string Kind, string Title, string? Status);

/// <summary>
/// Where the passport and the hand-back letter read a patient's appointments and follow-up plan.
/// They belong to other modules (Scheduling's ListPatientAppointments, Journeys'
/// ListPatientFollowUpPlans), which the host wires in by registering its own implementation; until
/// then <see cref="UnconnectedCareSchedule"/> answers, and those sections say "none recorded".
/// Implementations run outside any Records transaction (passport queries, the hand-back handler).
/// </summary>
internal interface IPassportCareSchedule
{
    Task<IReadOnlyList<PassportAppointment>> ListAppointmentsAsync(Guid patientId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PassportFollowUpItem>> ListFollowUpAsync(Guid patientId, Guid? journeyId, CancellationToken cancellationToken);
}

/// <summary>No scheduling or follow-up module is connected: nothing is recorded, so the sections say so.</summary>
internal sealed class UnconnectedCareSchedule : IPassportCareSchedule
{
    public Task<IReadOnlyList<PassportAppointment>> ListAppointmentsAsync(Guid patientId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PassportAppointment>>([]);

    public Task<IReadOnlyList<PassportFollowUpItem>> ListFollowUpAsync(Guid patientId, Guid? journeyId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PassportFollowUpItem>>([]);
}
