using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Pathways;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;

namespace Platform.Journeys.Tasks;

/// <summary>
/// A piece of work on a journey, owned by a role and optionally held by a person. A task made from a
/// pathway step falls due relative to a milestone and moves when that milestone moves.
/// </summary>
internal sealed class CareTask : Aggregate
{
    public const string TaskClosedCode = "TASK_CLOSED";

    private readonly List<TaskComment> _comments = [];

    private CareTask()
    {
    }

    public Guid JourneyId { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid? PathwayVersionId { get; private set; }

    public int? StepNumber { get; private set; }

    public string Title { get; private set; } = "";

    public string OwnerRole { get; private set; } = "";

    public string? AssigneeUserId { get; private set; }

    public CareTaskPriority Priority { get; private set; }

    public CareTaskStatus Status { get; private set; }

    public MilestoneKind? Milestone { get; private set; }

    public int? OffsetDays { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public int EscalationLevel { get; private set; }

    public DateTimeOffset? EscalatedAt { get; private set; }

    public IReadOnlyList<TaskComment> Comments => _comments;

    public bool IsActive => Status is CareTaskStatus.Open or CareTaskStatus.InProgress;

    public static CareTask FromStep(Journey journey, PathwayStep step, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        JourneyId = journey.Id,
        PatientId = journey.PatientId,
        PathwayVersionId = step.PathwayVersionId,
        StepNumber = step.Number,
        Title = step.Title,
        OwnerRole = step.OwnerRole,
        Priority = step.Priority,
        Status = CareTaskStatus.Open,
        Milestone = step.Milestone,
        OffsetDays = step.OffsetDays,
        DueAt = journey.MilestoneAt(step.Milestone)?.AddDays(step.OffsetDays),
        CreatedAt = now,
        CreatedBy = by,
    };

    public static CareTask Manual(Journey journey, string title, string ownerRole, string? assignee, DateTimeOffset? dueAt, CareTaskPriority priority, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        JourneyId = journey.Id,
        PatientId = journey.PatientId,
        Title = title,
        OwnerRole = ownerRole,
        AssigneeUserId = assignee,
        Priority = priority,
        Status = CareTaskStatus.Open,
        DueAt = dueAt,
        CreatedAt = now,
        CreatedBy = by,
    };

    public bool IsOverdueAt(DateTimeOffset now) => IsActive && DueAt < now;

    /// <summary>Re-plans the due date from the milestone's new date; returns the old due date.</summary>
    public DateTimeOffset? Replan(DateTimeOffset milestoneAt)
    {
        var before = DueAt;
        DueAt = milestoneAt.AddDays(OffsetDays ?? 0);
        if (DueAt != before)
        {
            // A new due date is a new promise: escalation starts over from it.
            EscalationLevel = 0;
            EscalatedAt = null;
        }

        return before;
    }

    /// <summary>Moves an open task to another due date by hand; returns the old one. Escalation starts over from the new date.</summary>
    public DateTimeOffset? Reschedule(DateTimeOffset dueAt)
    {
        EnsureActive("rescheduled");
        var before = DueAt;
        DueAt = dueAt;
        EscalationLevel = 0;
        EscalatedAt = null;
        return before;
    }

    public void Assign(string? assignee, string? ownerRole)
    {
        EnsureActive("assigned");
        AssigneeUserId = assignee;
        OwnerRole = ownerRole ?? OwnerRole;
    }

    public void Start(string by, DateTimeOffset now)
    {
        if (Status != CareTaskStatus.Open)
        {
            throw new BusinessRuleException(TaskClosedCode, $"Task '{Title}' is {Describe(Status)}; only an open task can be started.");
        }

        Status = CareTaskStatus.InProgress;
        StartedAt = now;
        AssigneeUserId ??= by;
    }

    public void Complete(string? note, string by, DateTimeOffset now)
    {
        EnsureActive("completed");
        Status = CareTaskStatus.Done;
        CompletedAt = now;
        CompletedBy = by;
        if (!string.IsNullOrWhiteSpace(note))
        {
            _comments.Add(new TaskComment(Id, note.Trim(), by, now));
        }
    }

    public void Cancel(string reason, string by, DateTimeOffset now)
    {
        EnsureActive("cancelled");
        Status = CareTaskStatus.Cancelled;
        CompletedAt = now;
        CompletedBy = by;
        _comments.Add(new TaskComment(Id, "Cancelled: " + reason.Trim(), by, now));
    }

    public void Comment(string text, string by, DateTimeOffset now) => _comments.Add(new TaskComment(Id, text.Trim(), by, now));

    /// <summary>One level up; from level 2 the task is urgent.</summary>
    public void Escalate(DateTimeOffset now)
    {
        EscalationLevel++;
        EscalatedAt = now;
        if (EscalationLevel >= 2)
        {
            Priority = CareTaskPriority.Urgent;
        }
        else if (Priority < CareTaskPriority.High)
        {
            Priority = CareTaskPriority.High;
        }
    }

    private void EnsureActive(string verb)
    {
        if (!IsActive)
        {
            throw new BusinessRuleException(TaskClosedCode, $"Task '{Title}' is {Describe(Status)} and cannot be {verb}.");
        }
    }

    private static string Describe(CareTaskStatus status) => status switch
    {
        CareTaskStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}

internal sealed class TaskComment
{
    private TaskComment()
    {
    }

    public TaskComment(Guid taskId, string text, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        TaskId = taskId;
        Text = text;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public string Text { get; private set; } = "";

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
}
