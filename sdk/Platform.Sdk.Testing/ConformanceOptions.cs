namespace Platform.Sdk.Testing;

/// <summary>How to run the conformance kit against one plugin and capability.</summary>
public sealed class ConformanceOptions
{
    /// <summary>The capability to check, one of <see cref="PartnerCapabilities"/>; the kit calls every method of its contract with sample requests.</summary>
    public required string Capability { get; init; }

    /// <summary>Settings of a working partner instance, as a hospital would configure them (keys compared without regard to case).</summary>
    public required IReadOnlyDictionary<string, string?> Settings { get; init; }

    /// <summary>
    /// Settings under which every call waits on the partner for long (tens of seconds or more): a simulator's
    /// latency turned up, or the base address of a local endpoint that accepts and never answers. The kit
    /// uses them to cancel calls while they wait, and to see that a call hands back its task while it waits
    /// instead of holding the calling thread.
    /// </summary>
    public required IReadOnlyDictionary<string, string?> SlowSettings { get; init; }

    /// <summary>Settings the partner refuses (a revoked credential), under which health must be reported unhealthy; <see langword="null"/> skips that part of the health check.</summary>
    public IReadOnlyDictionary<string, string?>? UnhealthySettings { get; init; }

    /// <summary>
    /// Settings changes the plugin must refuse, each applied to <see cref="Settings"/>: configuring the
    /// instance must throw <see cref="PartnerSettingsException"/> naming the setting. The kit also removes
    /// each setting in turn and adds an unknown one.
    /// </summary>
    public IReadOnlyList<InvalidSetting> InvalidSettings { get; init; } = [];

    /// <summary>The plugin's <c>plugin.json</c>; by default the one beside the plugin's assembly (a project reference copies it there).</summary>
    public string? ManifestPath { get; init; }

    /// <summary>
    /// How long the kit waits for something that should happen at once (a call handing back its task, a
    /// cancelled call ending) before it reports a hang. Not a performance bound: keep it generous.
    /// </summary>
    public TimeSpan HangLimit { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>A setting value the plugin must refuse.</summary>
/// <param name="Setting">The setting's name.</param>
/// <param name="Value">The bad value; <see langword="null"/> removes the setting.</param>
public sealed record InvalidSetting(string Setting, string? Value);
