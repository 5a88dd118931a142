namespace Platform.Journeys.Journeys;

/// <summary>One thing that happened on a journey, from this module or from any other (through <c>JourneyTimelineEvent</c>).</summary>
internal sealed class TimelineEntry
{
    public const string OwnSource = "journeys";

    private TimelineEntry()
    {
    }

    public TimelineEntry(Guid journeyId, string kind, string summary, string actor, DateTimeOffset occurredAt, string source, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7(recordedAt);
        JourneyId = journeyId;
        Kind = kind;
        Summary = summary;
        Actor = actor;
        OccurredAt = occurredAt;
        Source = source;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid JourneyId { get; private set; }

    public string Kind { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Actor { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string Source { get; private set; } = "";
}
