using Platform.Journeys.Contracts;

namespace Platform.Journeys.Pathways;

/// <summary>
/// One published version of a service line's care pathway. Never changed once published: a change
/// is a new version, so journeys planned on this one keep what they were planned on.
/// </summary>
internal sealed class PathwayVersion
{
    private readonly List<PathwayStep> _steps = [];
    private readonly List<PathwayFollowUp> _followUps = [];
    private readonly List<PathwayMonitoringDefault> _monitoring = [];

    private PathwayVersion()
    {
    }

    public PathwayVersion(string serviceLine, int number, string name, string description, IReadOnlyList<string> documents, IReadOnlyList<string> checklist, IEnumerable<PathwayStepInput> steps, IEnumerable<PathwayFollowUpInput> followUps, IEnumerable<MeasureThresholdInput> monitoring, string by, DateTimeOffset at)
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
        _followUps.AddRange(followUps.Select((f, i) => new PathwayFollowUp(Id, i + 1, f.Kind, f.Title.Trim(), f.OwnerRole, f.OffsetAmount, f.OffsetUnit, string.IsNullOrWhiteSpace(f.Instructions) ? null : f.Instructions.Trim())));
        _monitoring.AddRange(monitoring.Select(m => new PathwayMonitoringDefault(Id, m.Measure, m.Low, m.High)));
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

    /// <summary>The follow-up plan a journey on this version gets at discharge.</summary>
    public IReadOnlyList<PathwayFollowUp> FollowUps => _followUps;

    /// <summary>The measures a journey on this version monitors from discharge, with default thresholds.</summary>
    public IReadOnlyList<PathwayMonitoringDefault> Monitoring => _monitoring;
}

/// <summary>One follow-up of a pathway version's plan, due an offset after discharge.</summary>
internal sealed class PathwayFollowUp
{
    private PathwayFollowUp()
    {
    }

    public PathwayFollowUp(Guid pathwayVersionId, int number, FollowUpKind kind, string title, string ownerRole, int offsetAmount, FollowUpOffsetUnit offsetUnit, string? instructions)
    {
        Id = Guid.CreateVersion7();
        PathwayVersionId = pathwayVersionId;
        Number = number;
        Kind = kind;
        Title = title;
        OwnerRole = ownerRole;
        OffsetAmount = offsetAmount;
        OffsetUnit = offsetUnit;
        Instructions = instructions;
    }

    public Guid Id { get; private set; }

    public Guid PathwayVersionId { get; private set; }

    public int Number { get; private set; }

    public FollowUpKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string OwnerRole { get; private set; } = "";

    public int OffsetAmount { get; private set; }

    public FollowUpOffsetUnit OffsetUnit { get; private set; }

    public string? Instructions { get; private set; }
}

/// <summary>A measure a pathway version's journeys monitor after discharge, with its default thresholds in the measure's unit.</summary>
internal sealed class PathwayMonitoringDefault
{
    private PathwayMonitoringDefault()
    {
    }

    public PathwayMonitoringDefault(Guid pathwayVersionId, MonitoredMeasure measure, double? low, double? high)
    {
        PathwayVersionId = pathwayVersionId;
        Measure = measure;
        Low = low;
        High = high;
    }

    public Guid PathwayVersionId { get; private set; }

    public MonitoredMeasure Measure { get; private set; }

    public double? Low { get; private set; }

    public double? High { get; private set; }
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
