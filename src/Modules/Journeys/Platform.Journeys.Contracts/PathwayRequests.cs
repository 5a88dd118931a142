using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Contracts;

/// <summary>
/// Publishes the next version of a service line's pathway (version 1 when the line is new).
/// Journeys already on an older version keep it; journeys opened from now on use this one.
/// Steps are numbered by their order in the list. FollowUps is the plan a journey on this version gets
/// at discharge; Monitoring the measures it monitors from then on, with their default thresholds.
/// </summary>
[RequiresRole(Roles.Administrator)]
[Audited("CarePathway")]
public sealed record PublishCarePathwayVersion(
    string ServiceLine,
    string Name,
    string Description,
    IReadOnlyList<PathwayStepInput> Steps,
    IReadOnlyList<string>? RequiredDocuments = null,
    IReadOnlyList<string>? Checklist = null,
    IReadOnlyList<PathwayFollowUpInput>? FollowUps = null,
    IReadOnlyList<MeasureThresholdInput>? Monitoring = null) : ICommand<CarePathwayDto>;

/// <summary>A step to publish: its task, the role that owns it, and when it is due relative to a milestone (negative: before).</summary>
public sealed record PathwayStepInput(string Title, string OwnerRole, MilestoneKind Milestone, int OffsetDays, CareTaskPriority Priority = CareTaskPriority.Normal);

/// <summary>
/// Publishes version 1 of each of the five default pathways (orthopedics, cardiac surgery, oncology
/// second opinion, fertility, executive check-up) whose service line has no version yet. Idempotent:
/// the host runs it at every start; a line an administrator already published is left alone.
/// </summary>
[RequiresRole(Roles.Administrator)]
public sealed record EnsureDefaultCarePathways : ICommand<IReadOnlyList<CarePathwayDto>>;

/// <summary>Published pathways: the latest version of each service line, or every version when AllVersions.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator)]
public sealed record ListCarePathways(string? ServiceLine = null, bool AllVersions = false) : IQuery<IReadOnlyList<CarePathwayDto>>;
