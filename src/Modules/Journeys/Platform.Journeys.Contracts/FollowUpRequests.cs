using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Contracts;

/// <summary>
/// A follow-up of a pathway's plan: what (kind, title, instructions), who does it (OwnerRole) and
/// when, as an offset after discharge (OffsetAmount OffsetUnit: 14 Days, 6 Weeks, 3 Months).
/// </summary>
public sealed record PathwayFollowUpInput(FollowUpKind Kind, string Title, string OwnerRole, int OffsetAmount, FollowUpOffsetUnit OffsetUnit, string? Instructions = null);

/// <summary>A measure to monitor with its thresholds, in the measure's unit; Low or High may be left open.</summary>
public sealed record MeasureThresholdInput(MonitoredMeasure Measure, double? Low, double? High);

/// <summary>
/// Adds an item to a journey's follow-up plan by hand, due at DueAt; it becomes a care task for the
/// owning role. The plan exists from discharge; an ended plan takes no more items.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("FollowUpPlan")]
public sealed record AddFollowUpItem(Guid JourneyId, FollowUpKind Kind, string Title, string OwnerRole, DateTimeOffset DueAt, string? Instructions = null) : ICommand<FollowUpPlanDto>;

/// <summary>Moves an open follow-up item (and its task) to another date; escalation starts over from it.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("FollowUpPlan")]
public sealed record RescheduleFollowUpItem(Guid ItemId, DateTimeOffset DueAt, string? Reason = null) : ICommand<FollowUpPlanDto>;

/// <summary>Marks an open follow-up item done (its task too), with what came of it.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("FollowUpPlan")]
public sealed record CompleteFollowUpItem(Guid ItemId, string Outcome) : ICommand<FollowUpPlanDto>;

/// <summary>Skips an open follow-up item (its task is cancelled), with the reason.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("FollowUpPlan")]
public sealed record SkipFollowUpItem(Guid ItemId, string Reason) : ICommand<FollowUpPlanDto>;

/// <summary>
/// Ends a journey's follow-up plan before every item is done: the open items' tasks are cancelled and
/// the journey may close. Reason Other needs a note.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("FollowUpPlan")]
public sealed record EndFollowUpPlan(Guid JourneyId, FollowUpPlanEndReason Reason, string? Note = null) : ICommand<FollowUpPlanDto>;

/// <summary>
/// The follow-up plan of one journey (for the health passport and the hand-back package). A journey
/// not yet discharged answers a plan with Started false and no items. A patient reads only their own.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient)]
public sealed record GetFollowUpPlan(Guid JourneyId) : IQuery<FollowUpPlanDto>;

/// <summary>The follow-up plans of several journeys at once (what Journey.followUpPlan batches into one query).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient)]
public sealed record GetFollowUpPlans(IReadOnlyList<Guid> JourneyIds) : IQuery<IReadOnlyList<FollowUpPlanDto>>;

/// <summary>Every started follow-up plan of a patient's journeys, newest discharge first.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient)]
public sealed record ListPatientFollowUpPlans(Guid PatientId) : IQuery<IReadOnlyList<FollowUpPlanDto>>, IPatientScoped;

/// <summary>
/// A journey's follow-up plan. Started is false before discharge. Complete is true when every item is
/// done or skipped, or the plan was ended (EndedAt, EndReason, EndNote): then the journey may close.
/// </summary>
[GraphQLName("FollowUpPlan")]
public sealed record FollowUpPlanDto(
    Guid JourneyId,
    Guid PatientId,
    string JourneyTitle,
    string? ServiceLine,
    bool Started,
    DateTimeOffset? DischargedAt,
    DateTimeOffset? EndedAt,
    FollowUpPlanEndReason? EndReason,
    string? EndNote,
    string? EndedBy,
    bool Complete,
    IReadOnlyList<FollowUpItemDto> Items);

/// <summary>
/// One follow-up: its kind, title, owning role and due date, and its status, which follows its care task
/// (TaskId). Offset is the pathway's rule ("6 weeks after discharge"), null for an item added by hand.
/// </summary>
[GraphQLName("FollowUpItem")]
public sealed record FollowUpItemDto(
    Guid Id,
    int Number,
    FollowUpKind Kind,
    string Title,
    string OwnerRole,
    string? Instructions,
    string? Offset,
    DateTimeOffset? DueAt,
    FollowUpItemStatus Status,
    Guid TaskId,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    string? Outcome,
    string? SkipReason);
