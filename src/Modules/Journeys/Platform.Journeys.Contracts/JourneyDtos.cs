using Platform.GraphQL.CodeFirst;
using Platform.Patients.Contracts;

namespace Platform.Journeys.Contracts;

/// <summary>A journey with its milestones, care team and stage history.</summary>
public sealed record JourneyDto(
    Guid Id,
    long Version,
    Guid PatientId,
    PatientKind PatientKind,
    string Title,
    string? ServiceLine,
    Guid? PathwayVersionId,
    int? PathwayVersionNumber,
    JourneyStage Stage,
    CareSetting? CareSetting,
    string? CoordinatorUserId,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<MilestoneDto> Milestones,
    IReadOnlyList<CareTeamMemberDto> CareTeam,
    IReadOnlyList<StageChangeDto> StageHistory,
    IReadOnlyList<JourneyStage> AllowedMoves);

[GraphQLName("Milestone")]
public sealed record MilestoneDto(MilestoneKind Kind, DateTimeOffset At, DateTimeOffset SetAt, string SetBy);

/// <summary>One move of a journey; From is null for the stage it opened in.</summary>
[GraphQLName("StageChange")]
public sealed record StageChangeDto(JourneyStage? From, JourneyStage To, CareSetting? CareSetting, DateTimeOffset At, string By, string? Reason);

/// <summary>A person on the care team: a platform user (UserId) or someone named only (an agency interpreter).</summary>
[GraphQLName("CareTeamMember")]
public sealed record CareTeamMemberDto(CareTeamRole Role, string? UserId, string Name, DateTimeOffset AssignedAt, string AssignedBy);

/// <summary>
/// A piece of work on a journey. A task made from a pathway step keeps the step's number and its
/// due-date rule (Milestone plus OffsetDays); DueAt is null while that milestone has no date.
/// </summary>
[GraphQLName("CareTask")]
public sealed record CareTaskDto(
    Guid Id,
    long Version,
    Guid JourneyId,
    Guid PatientId,
    int? StepNumber,
    string Title,
    string OwnerRole,
    string? AssigneeUserId,
    CareTaskPriority Priority,
    CareTaskStatus Status,
    MilestoneKind? Milestone,
    int? OffsetDays,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    int EscalationLevel,
    DateTimeOffset? EscalatedAt,
    IReadOnlyList<TaskCommentDto> Comments);

[GraphQLName("TaskComment")]
public sealed record TaskCommentDto(DateTimeOffset At, string By, string Text);

/// <summary>One entry of a journey's timeline; Source names the module (or partner) it came from.</summary>
[GraphQLName("TimelineEntry")]
public sealed record TimelineEntryDto(Guid Id, Guid JourneyId, string Kind, string Summary, string Actor, DateTimeOffset OccurredAt, string Source);

/// <summary>A published version of a care pathway: what a journey on it must do, and by when.</summary>
[GraphQLName("CarePathway")]
public sealed record CarePathwayDto(
    Guid Id,
    string ServiceLine,
    int VersionNumber,
    string Name,
    string Description,
    IReadOnlyList<string> RequiredDocuments,
    IReadOnlyList<string> Checklist,
    IReadOnlyList<PathwayStepDto> Steps,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    IReadOnlyList<PathwayFollowUpDto> FollowUps,
    IReadOnlyList<MeasureThresholdDefaultDto> Monitoring);

/// <summary>One follow-up of a pathway's plan: due OffsetAmount OffsetUnit after discharge.</summary>
[GraphQLName("PathwayFollowUp")]
public sealed record PathwayFollowUpDto(int Number, FollowUpKind Kind, string Title, string OwnerRole, int OffsetAmount, FollowUpOffsetUnit OffsetUnit, string? Instructions);

/// <summary>A measure a pathway's journeys monitor after discharge, with its default thresholds.</summary>
[GraphQLName("MeasureThresholdDefault")]
public sealed record MeasureThresholdDefaultDto(MonitoredMeasure Measure, string Unit, double? Low, double? High);

/// <summary>One ordered step: its task, owning role and due-date rule (OffsetDays before (negative) or after the milestone).</summary>
[GraphQLName("PathwayStep")]
public sealed record PathwayStepDto(int Number, string Title, string OwnerRole, MilestoneKind Milestone, int OffsetDays, CareTaskPriority Priority);
