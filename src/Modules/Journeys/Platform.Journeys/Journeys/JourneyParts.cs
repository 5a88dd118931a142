using Platform.Journeys.Contracts;

namespace Platform.Journeys.Journeys;

/// <summary>One dated milestone of a journey; setting it again moves it.</summary>
internal sealed class JourneyMilestone
{
    private JourneyMilestone()
    {
    }

    public JourneyMilestone(Guid journeyId, MilestoneKind kind, DateTimeOffset at, string by, DateTimeOffset now)
    {
        JourneyId = journeyId;
        Kind = kind;
        Move(at, by, now);
    }

    public Guid JourneyId { get; private set; }

    public MilestoneKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    public string SetBy { get; private set; } = "";

    public void Move(DateTimeOffset at, string by, DateTimeOffset now) => (At, SetBy, SetAt) = (at, by, now);
}

/// <summary>One move in a journey's stage history; never changed once recorded.</summary>
internal sealed class StageChange
{
    private StageChange()
    {
    }

    public StageChange(Guid journeyId, JourneyStage? from, JourneyStage to, CareSetting? setting, string? reason, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        JourneyId = journeyId;
        From = from;
        To = to;
        CareSetting = setting;
        Reason = reason;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid JourneyId { get; private set; }

    public JourneyStage? From { get; private set; }

    public JourneyStage To { get; private set; }

    public CareSetting? CareSetting { get; private set; }

    public string? Reason { get; private set; }

    public string By { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
}

/// <summary>A person on a journey's care team.</summary>
internal sealed class CareTeamMember
{
    private CareTeamMember()
    {
    }

    public CareTeamMember(Guid journeyId, CareTeamRole role, string? userId, string name, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        JourneyId = journeyId;
        Role = role;
        UserId = userId;
        Name = name;
        AssignedBy = by;
        AssignedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid JourneyId { get; private set; }

    public CareTeamRole Role { get; private set; }

    public string? UserId { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; } = "";
}
