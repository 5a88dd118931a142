using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Contracts;

/// <summary>Adds a task to a journey by hand, owned by a role (see <see cref="Roles"/>) and optionally assigned to a person.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("CareTask")]
public sealed record CreateTask(
    Guid JourneyId,
    string Title,
    string OwnerRole,
    DateTimeOffset? DueAt = null,
    CareTaskPriority Priority = CareTaskPriority.Normal,
    string? AssigneeUserId = null) : ICommand<CareTaskDto>;

/// <summary>Gives a task to a person (AssigneeUserId) and/or hands it to another role; null AssigneeUserId leaves it with the role.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Administrator)]
[Audited("CareTask")]
public sealed record AssignTask(Guid TaskId, long ExpectedVersion, string? AssigneeUserId, string? OwnerRole = null) : ICommand<CareTaskDto>;

/// <summary>Marks an open task in progress; a task nobody holds is taken by whoever starts it.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("CareTask")]
public sealed record StartTask(Guid TaskId, long ExpectedVersion) : ICommand<CareTaskDto>;

/// <summary>Marks a task done; whether it was on time counts in the service-level report.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("CareTask")]
public sealed record CompleteTask(Guid TaskId, long ExpectedVersion, string? Note = null) : ICommand<CareTaskDto>;

/// <summary>Cancels a task that no longer applies, with the reason.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
[Audited("CareTask")]
public sealed record CancelTask(Guid TaskId, long ExpectedVersion, string Reason) : ICommand<CareTaskDto>;

[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("CareTask")]
public sealed record CommentOnTask(Guid TaskId, string Text) : ICommand<CareTaskDto>;

/// <summary>The tasks of several journeys, each in pathway order.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator)]
public sealed record GetJourneyTasks(IReadOnlyList<Guid> JourneyIds) : IQuery<IReadOnlyList<CareTaskDto>>;

/// <summary>
/// A work queue of open and in-progress tasks, overdue first, then by due date (undated last).
/// AssigneeUserId null and Role null: the signed-in user's own tasks. Role: the tasks a role owns
/// that no person holds yet, plus those held by its members when IncludeAssigned.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator)]
public sealed record ListWorkQueueTasks(string? Role = null, string? AssigneeUserId = null, bool IncludeAssigned = false, int First = 50) : IQuery<IReadOnlyList<CareTaskDto>>;

/// <summary>
/// One escalation pass: every open task past its due date that was not escalated in the last day
/// is escalated one level (level 2 and up raise it to urgent), told to its owners and the
/// journey's coordinator, and noted on the timeline. The background service runs the same pass.
/// </summary>
[RequiresRole(Roles.Administrator)]
public sealed record RunTaskEscalation : ICommand<EscalationPassResult>;

public sealed record EscalationPassResult(DateTimeOffset RanAt, IReadOnlyList<Guid> EscalatedTaskIds);

/// <summary>
/// Service levels of tasks that fell due in [From, To) (all time when null): done on time, done late,
/// still open past due, by owning role and by pathway step.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Administrator)]
public sealed record GetServiceLevelReport(DateTimeOffset? From = null, DateTimeOffset? To = null) : IQuery<ServiceLevelReport>;

public sealed record ServiceLevelReport(DateTimeOffset GeneratedAt, ServiceLevelLine Total, IReadOnlyList<ServiceLevelLine> ByRole, IReadOnlyList<ServiceLevelLine> ByPathwayStep);

/// <summary>One line of the report. Key is a role, or "serviceLine #step title" for a pathway step. OnTimeRate is done on time / done, null when nothing is done.</summary>
public sealed record ServiceLevelLine(string Key, int OnTime, int Late, int OpenOverdue, int OpenNotYetDue, double? OnTimeRate);
