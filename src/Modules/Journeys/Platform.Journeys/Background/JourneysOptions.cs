namespace Platform.Journeys.Background;

/// <summary>Settings of the section <c>Journeys</c>.</summary>
internal sealed class JourneysOptions
{
    public const string SectionName = "Journeys";

    /// <summary>How often overdue tasks are escalated; zero switches the background pass off (RunTaskEscalation still works).</summary>
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether the host publishes the five default pathways at start when their service lines have none.</summary>
    public bool EnsureDefaultPathways { get; set; } = true;
}
