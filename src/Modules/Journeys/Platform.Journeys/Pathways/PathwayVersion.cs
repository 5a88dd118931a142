using Platform.Journeys.Contracts;

namespace Platform.Journeys.Pathways;

/// <summary>
/// One published version of a service line's care pathway. Never changed once published: a change
/// is a new version, so journeys planned on this one keep what they were planned on.
/// </summary>
internal sealed class PathwayVersion
{
    private readonly List<PathwayStep> _steps = [];

    private PathwayVersion()
    {
    }

    public PathwayVersion(string serviceLine, int number, string name, string description, IReadOnlyList<string> documents, IReadOnlyList<string> checklist, IEnumerable<PathwayStepInput> steps, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7(at);
        ServiceLine = serviceLine;
        Number = number;
        Name = name;
        Description = description;
        RequiredDocuments = [.. documents];
        Checklist = [.. checklist];
        PublishedBy = by;
        PublishedAt = at;
        _steps.AddRange(steps.Select((s, i) => new PathwayStep(Id, i + 1, s.Title.Trim(), s.OwnerRole, s.Milestone, s.OffsetDays, s.Priority)));
    }

    public Guid Id { get; private set; }

    public string ServiceLine { get; private set; } = "";

    public int Number { get; private set; }

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public List<string> RequiredDocuments { get; private set; } = [];

    public List<string> Checklist { get; private set; } = [];

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; } = "";

    public IReadOnlyList<PathwayStep> Steps => _steps;
}

internal sealed class PathwayStep
{
    private PathwayStep()
    {
    }

    public PathwayStep(Guid pathwayVersionId, int number, string title, string ownerRole, MilestoneKind milestone, int offsetDays, CareTaskPriority priority)
    {
        Id = Guid.CreateVersion7();
        PathwayVersionId = pathwayVersionId;
        Number = number;
        Title = title;
        OwnerRole = ownerRole;
        Milestone = milestone;
        OffsetDays = offsetDays;
        Priority = priority;
    }

    public Guid Id { get; private set; }

    public Guid PathwayVersionId { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string OwnerRole { get; private set; } = "";

    public MilestoneKind Milestone { get; private set; }

    public int OffsetDays { get; private set; }

    public CareTaskPriority Priority { get; private set; }
}
