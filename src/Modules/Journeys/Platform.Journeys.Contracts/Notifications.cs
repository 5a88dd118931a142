using MediatR;

namespace Platform.Journeys.Contracts;

/// <summary>
/// Any module's way to write on a journey's timeline. With JourneyId the entry goes on that journey;
/// with only PatientId it goes on every journey of the patient that has not ended. Kind is a short
/// stable word (document-received, quote-sent, partner-event); Source names the module or partner.
/// </summary>
public sealed record JourneyTimelineEvent(
    Guid? JourneyId,
    Guid? PatientId,
    string Kind,
    string Summary,
    string Actor,
    DateTimeOffset OccurredAt,
    string Source) : INotification;

/// <summary>Told (through the outbox) when a journey opens.</summary>
public sealed record JourneyOpened(Guid JourneyId, Guid PatientId, JourneyStage Stage, string? ServiceLine, string By, DateTimeOffset At) : INotification;

/// <summary>Told when a journey moves stage.</summary>
public sealed record JourneyStageChanged(
    Guid JourneyId,
    Guid PatientId,
    JourneyStage From,
    JourneyStage To,
    CareSetting? CareSetting,
    string? Reason,
    string By,
    DateTimeOffset At) : INotification;

/// <summary>Told when a task is given to a person or handed to a role (also when a task is created already assigned).</summary>
public sealed record CareTaskAssigned(Guid TaskId, Guid JourneyId, string Title, string OwnerRole, string? AssigneeUserId, DateTimeOffset? DueAt, string By, DateTimeOffset At) : INotification;

/// <summary>Told when an overdue task is escalated; CoordinatorUserId is the journey's coordinator, who is told too.</summary>
public sealed record CareTaskEscalated(
    Guid TaskId,
    Guid JourneyId,
    string Title,
    int Level,
    DateTimeOffset DueAt,
    string OwnerRole,
    string? AssigneeUserId,
    string? CoordinatorUserId,
    DateTimeOffset At) : INotification;

/// <summary>Told when a milestone moved and took tasks' due dates with it, so their owners can re-plan.</summary>
public sealed record TaskDueDatesMoved(Guid JourneyId, MilestoneKind Milestone, DateTimeOffset? From, DateTimeOffset To, IReadOnlyList<MovedTask> Tasks, string By, DateTimeOffset At) : INotification;

public sealed record MovedTask(Guid TaskId, string Title, string OwnerRole, string? AssigneeUserId, DateTimeOffset? From, DateTimeOffset To);
