using Platform.Journeys.Contracts;
using Platform.Kernel.Persistence;
using Platform.Patients.Contracts;

namespace Platform.Journeys.Journeys;

/// <summary>
/// A patient's case from first inquiry to closed follow-up: its stage (held by
/// <see cref="StageTransitions"/>), the pathway version it was planned on, its milestones and care team.
/// </summary>
internal sealed class Journey : Aggregate
{
    private readonly List<JourneyMilestone> _milestones = [];
    private readonly List<StageChange> _stageHistory = [];
    private readonly List<CareTeamMember> _careTeam = [];

    private Journey()
    {
    }

    public Guid PatientId { get; private set; }

    public PatientKind PatientKind { get; private set; }

    public string Title { get; private set; } = "";

    public string? ServiceLine { get; private set; }

    public Guid? PathwayVersionId { get; private set; }

    public int? PathwayVersionNumber { get; private set; }

    public JourneyStage Stage { get; private set; }

    public CareSetting? CareSetting { get; private set; }

    /// <summary>The coordinator's user id, kept on the row so journeys filter by it through an index.</summary>
    public string? CoordinatorUserId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>
    /// The earliest due date among the journey's open tasks (null when none is open and due), kept by
    /// <see cref="Persistence.JourneysDbContext"/> whenever a task is added, re-planned or closed. It puts
    /// "is this journey overdue?" on the journey's own row (<c>EarliestOpenTaskDueAt &lt; now</c>), so the
    /// overdue filter reads the coordinator's journeys through one index instead of joining every late task.
    /// </summary>
    public DateTimeOffset? EarliestOpenTaskDueAt { get; private set; }

    public IReadOnlyList<JourneyMilestone> Milestones => _milestones;

    public IReadOnlyList<StageChange> StageHistory => _stageHistory;

    public IReadOnlyList<CareTeamMember> CareTeam => _careTeam;

    public static Journey Open(Guid patientId, PatientKind kind, string title, JourneyStage stage, CareSetting? setting, PathwayPlan? plan, string by, DateTimeOffset now)
    {
        var journey = new Journey
        {
            Id = Guid.CreateVersion7(now),
            PatientId = patientId,
            PatientKind = kind,
            Title = title,
            ServiceLine = plan?.ServiceLine,
            PathwayVersionId = plan?.VersionId,
            PathwayVersionNumber = plan?.VersionNumber,
            Stage = stage,
            CareSetting = stage == JourneyStage.InCare ? setting ?? Contracts.CareSetting.Admitted : null,
            OpenedAt = now,
            OpenedBy = by,
            UpdatedAt = now,
        };
        journey._stageHistory.Add(new StageChange(journey.Id, null, stage, journey.CareSetting, "opened", by, now));
        journey._milestones.Add(new JourneyMilestone(journey.Id, MilestoneKind.InquiryReceived, now, by, now));
        if (stage == JourneyStage.InCare)
        {
            journey._milestones.Add(new JourneyMilestone(journey.Id, MilestoneKind.Admission, now, by, now));
        }

        return journey;
    }

    /// <summary>
    /// A journey brought over from another system, opened in the stage that system had it; a journey
    /// that system had already ended is closed at its opening date (its real close date was not kept).
    /// </summary>
    public static Journey Imported(Guid patientId, PatientKind kind, string title, JourneyStage stage, PathwayPlan plan, string by, DateTimeOffset openedAt)
    {
        var journey = Open(patientId, kind, title, stage, null, plan, by, openedAt);
        if (StageTransitions.HasEnded(stage) || stage == JourneyStage.LostToFollowUp)
        {
            journey.ClosedAt = openedAt;
        }

        return journey;
    }

    public DateTimeOffset? MilestoneAt(MilestoneKind kind) => _milestones.FirstOrDefault(m => m.Kind == kind)?.At;

    /// <summary>Moves the journey; returns the milestones the move dated (admission on entering care, discharge on leaving it) that had no date.</summary>
    public IReadOnlyList<MilestoneKind> MoveTo(JourneyStage to, CareSetting? setting, string? reason, string by, DateTimeOffset now)
    {
        var newSetting = to == JourneyStage.InCare ? setting ?? (Stage == JourneyStage.InCare ? OtherSetting() : Contracts.CareSetting.Admitted) : (CareSetting?)null;
        StageTransitions.EnsureAllowed(Stage, to, CareSetting, newSetting);
        var from = Stage;
        Stage = to;
        CareSetting = newSetting;
        UpdatedAt = now;
        ClosedAt = StageTransitions.HasEnded(to) || to == JourneyStage.LostToFollowUp ? now : null;
        _stageHistory.Add(new StageChange(Id, from, to, newSetting, reason, by, now));

        List<MilestoneKind> dated = [];
        var implied = to switch
        {
            JourneyStage.InCare when from != JourneyStage.InCare => MilestoneKind.Admission,
            JourneyStage.Discharged => MilestoneKind.Discharge,
            _ => (MilestoneKind?)null,
        };
        if (implied is { } kind && MilestoneAt(kind) is null)
        {
            SetMilestone(kind, now, by, now);
            dated.Add(kind);
        }

        return dated;
    }

    /// <summary>Sets or moves a milestone; returns where it was before (null when it had no date).</summary>
    public DateTimeOffset? SetMilestone(MilestoneKind kind, DateTimeOffset at, string by, DateTimeOffset now)
    {
        UpdatedAt = now;
        var existing = _milestones.FirstOrDefault(m => m.Kind == kind);
        if (existing is null)
        {
            _milestones.Add(new JourneyMilestone(Id, kind, at, by, now));
            return null;
        }

        var before = existing.At;
        existing.Move(at, by, now);
        return before;
    }

    /// <summary>Adds a person to the care team; a coordinator or case manager replaces the one before.</summary>
    public CareTeamMember? AssignCareTeamMember(CareTeamRole role, string? userId, string name, string by, DateTimeOffset now)
    {
        CareTeamMember? replaced = null;
        if (role is CareTeamRole.Coordinator or CareTeamRole.CaseManager)
        {
            replaced = _careTeam.FirstOrDefault(m => m.Role == role);
            if (replaced is not null)
            {
                _careTeam.Remove(replaced);
            }
        }

        _careTeam.Add(new CareTeamMember(Id, role, userId, name, by, now));
        if (role == CareTeamRole.Coordinator)
        {
            CoordinatorUserId = userId;
        }

        UpdatedAt = now;
        return replaced;
    }

    private CareSetting OtherSetting() => CareSetting == Contracts.CareSetting.Admitted ? Contracts.CareSetting.Outpatient : Contracts.CareSetting.Admitted;
}

/// <summary>The pathway version a journey is planned on.</summary>
internal sealed record PathwayPlan(Guid VersionId, string ServiceLine, int VersionNumber);
