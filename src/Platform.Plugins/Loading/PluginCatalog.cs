using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Plugins.Manifest;

namespace Platform.Plugins.Loading;

/// <summary>
/// The plugins the host knows: one entry per folder under the plugins root (loaded or failed) and
/// the built-in ones. Not thread-safe: the <see cref="PartnerRegistry"/> serializes every change.
/// </summary>
internal sealed partial class PluginCatalog(IOptionsMonitor<PluginsOptions> options, IEnumerable<BuiltInPlugin> builtIn, ILogger<PluginCatalog> logger)
{
    private readonly Dictionary<string, PluginEntry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyList<PluginEntry> Entries => [.. _entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal)];

    public string Root => options.CurrentValue.RootPath;

    public PluginEntry? Find(string pluginId) => _entries.GetValueOrDefault(pluginId);

    public async Task LoadAllAsync()
    {
        foreach (var plugin in builtIn)
        {
            var manifest = new PluginManifest(plugin.Id, plugin.Version, "built-in", string.Empty, plugin.Capabilities, plugin.Sdk, null);
            _entries[plugin.Id] = new PluginEntry(plugin.Id, AppContext.BaseDirectory, manifest, new LoadedPlugin(manifest, AppContext.BaseDirectory, null, plugin.EntryPoint), null, IsBuiltIn: true);
        }

        if (!Directory.Exists(Root))
        {
            LogNoRoot(logger, Root);
            return;
        }

        foreach (var directory in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
        {
            await LoadAsync(Path.GetFileName(directory));
        }
    }

    /// <summary>
    /// Loads (or loads again) the plugin in <c>&lt;root&gt;/&lt;id&gt;</c> and returns the entry it replaced,
    /// still loaded: the caller moves partners to the new version first, then unloads the old one.
    /// </summary>
    public async Task<(PluginEntry? Current, PluginEntry? Previous)> LoadAsync(string pluginId)
    {
        var previous = _entries.GetValueOrDefault(pluginId);
        if (previous?.IsBuiltIn == true)
        {
            return (previous, null);
        }

        var directory = Path.Combine(Root, pluginId);
        if (!Directory.Exists(directory))
        {
            _entries.Remove(pluginId);
            return (null, previous);
        }

        PluginEntry entry;
        try
        {
            var loaded = await PluginLoader.LoadAsync(directory, options.CurrentValue.StartupTimeout);
            entry = new PluginEntry(pluginId, directory, loaded.Manifest, loaded, null);
            LogLoaded(logger, pluginId, loaded.Manifest.Version, loaded.Manifest.Publisher, loaded.Manifest.Capabilities);
        }
        catch (PluginLoadException e)
        {
            entry = new PluginEntry(pluginId, directory, TryReadManifest(directory), null, e.Message);
            LogFailed(logger, pluginId, e.Message);
        }

        _entries[pluginId] = entry;
        return (entry, previous);
    }

    /// <summary>Starts unloading a plugin version that no partner uses any more.</summary>
    public void Unload(PluginEntry? entry)
    {
        if (entry?.Loaded is { Context: not null } loaded)
        {
            loaded.Unload();
            LogUnloaded(logger, entry.Id, entry.Manifest?.Version);
        }
    }

    /// <summary>Forgets every plugin and starts unloading them (host shutdown).</summary>
    public void UnloadAll()
    {
        foreach (var entry in _entries.Values.ToList())
        {
            Unload(entry);
        }

        _entries.Clear();
    }

    private static PluginManifest? TryReadManifest(string directory)
    {
        try
        {
            return PluginManifest.Read(directory);
        }
        catch (PluginLoadException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Plugins folder {Root} does not exist; no plugin is loaded from disk")]
    private static partial void LogNoRoot(ILogger logger, string root);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} by {Publisher} loaded ({Capabilities})")]
    private static partial void LogLoaded(ILogger logger, string pluginId, SemanticVersion version, string publisher, IReadOnlyList<string> capabilities);

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {PluginId} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string pluginId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} unloaded")]
    private static partial void LogUnloaded(ILogger logger, string pluginId, SemanticVersion? version);
}
