namespace Platform.Plugins;

/// <summary>The <c>Plugins</c> configuration section: where plugins are and how they load.</summary>
public sealed class PluginsOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string SectionName = "Plugins";

    /// <summary>The folder holding one sub-folder per plugin (<c>&lt;root&gt;/&lt;plugin-id&gt;/plugin.json</c>); relative paths start at the application's base directory.</summary>
    public string Root { get; set; } = "plugins";

    /// <summary>Reload a plugin when files in its folder change (development, or hot deployment of a new version).</summary>
    public bool WatchForChanges { get; set; }

    /// <summary>How long a plugin's constructor, or its set-up of one partner, may take before it is marked failed.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait after the last change in a watched plugin folder before reloading it (a build writes many files).</summary>
    public TimeSpan ChangeSettleDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The sliding window partner call latencies are kept over for the p50/p95/p99 figures (counts are kept since start).</summary>
    public TimeSpan MetricsWindow { get; set; } = TimeSpan.FromMinutes(5);

    internal string RootPath => Path.GetFullPath(Root, AppContext.BaseDirectory);
}
