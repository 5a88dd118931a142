using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Platform.Plugins.Loading;
using Platform.Plugins.Partners;

namespace Platform.Plugins;

/// <summary>Start, configuration changes, plugin reloads and shutdown: every change runs one at a time and swaps the partners in at once.</summary>
public sealed partial class PartnerRegistry
{
    /// <summary>Loads the plugins and sets up the configured partners; later calls return the same task. The host's start calls it.</summary>
    /// <param name="cancellationToken">Unused once loading started; present for the host's start-up signature.</param>
    /// <returns>A task that completes when every plugin and partner is loaded or marked failed.</returns>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_start)
        {
            return _started ??= StartOnceAsync();
        }
    }

    /// <summary>Applies the current <c>Partners</c> configuration now (it also applies by itself when configuration reloads).</summary>
    /// <param name="cancellationToken">Cancels waiting for another change in progress.</param>
    /// <returns>A task that completes when every partner is set up or marked failed.</returns>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        await ChangeAsync(() => Task.CompletedTask, [], cancellationToken);
    }

    /// <summary>
    /// Loads a plugin's folder again (a new version was copied in), moves its partners to the new version,
    /// then unloads the old one. A version that fails to load is marked failed and its partners with it.
    /// </summary>
    /// <param name="pluginId">The plugin's id (its folder name).</param>
    /// <param name="cancellationToken">Cancels waiting for another change in progress.</param>
    /// <returns>The plugin as it is now; null if its folder is gone.</returns>
    public async Task<PluginInfo?> ReloadPluginAsync(string pluginId, CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        PluginEntry? previous = null;
        await ChangeAsync(async () => previous = (await _catalog.LoadAsync(pluginId)).Previous, [pluginId], cancellationToken);
        _catalog.Unload(previous);
        var plugin = Plugins.FirstOrDefault(p => p.Id == pluginId);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogReloaded(_logger, pluginId, plugin?.Version, plugin?.State, elapsed);
        return plugin;
    }

    /// <summary>Disposes every partner's services and unloads every plugin.</summary>
    /// <returns>A task that completes when partners are disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        _watcher?.Dispose();
        await _changes.WaitAsync();
        var slots = Interlocked.Exchange(ref _slots, new Dictionary<string, PartnerSlot>(StringComparer.OrdinalIgnoreCase));
        foreach (var active in slots.Values.Select(s => s.Active).OfType<ActivePartner>())
        {
            await active.DisposeAsync();
        }

        _catalog.UnloadAll();
        _changes.Release();
    }

    private async Task StartOnceAsync()
    {
        var started = Stopwatch.GetTimestamp();
        await _changes.WaitAsync();
        try
        {
            await _catalog.LoadAllAsync();
            Volatile.Write(ref _plugins, [.. _catalog.Entries.Select(e => e.ToInfo())]);
        }
        finally
        {
            _changes.Release();
        }

        await ChangeAsync(() => Task.CompletedTask, [], CancellationToken.None);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var partners = Partners;
            var loaded = Plugins.Count(p => p.State == PluginState.Loaded);
            var active = partners.Count(p => p.State == PartnerState.Active);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogReady(_logger, loaded, Plugins.Count, active, partners.Count, elapsed);
        }
        _subscription = _partners.OnChange((_, _) => _ = RefreshInBackgroundAsync());
        _watcher = PluginFolderWatcher.StartIfEnabled(_pluginOptions, id => ReloadPluginAsync(id), _logger);
    }

    /// <summary>Runs a change to the plugins, then rebuilds every partner whose definition or plugin changed, swaps them in, and disposes the replaced ones.</summary>
    private async Task ChangeAsync(Func<Task> changePlugins, IReadOnlyCollection<string> reloadedPlugins, CancellationToken cancellationToken)
    {
        await _changes.WaitAsync(cancellationToken);
        List<ActivePartner> retired = [];
        try
        {
            await changePlugins();
            Volatile.Write(ref _plugins, [.. _catalog.Entries.Select(e => e.ToInfo())]);
            var current = Volatile.Read(ref _slots);
            var next = new Dictionary<string, PartnerSlot>(StringComparer.OrdinalIgnoreCase);
            foreach (var (id, options) in _partners.CurrentValue)
            {
                var definition = PartnerDefinition.From(id, options, Environment.GetEnvironmentVariable);
                if (current.TryGetValue(id, out var existing) && existing.Definition.Fingerprint == definition.Fingerprint && !reloadedPlugins.Contains(definition.PluginId))
                {
                    next[id] = existing;
                    continue;
                }

                next[id] = await _factory.CreateAsync(definition, _catalog);
                if (next[id].Error is { } error)
                {
                    LogPartnerFailed(_logger, error);
                }
                else
                {
                    LogPartner(_logger, id, definition.PluginId, next[id].State);
                }
            }

            retired.AddRange(current.Where(c => !next.TryGetValue(c.Key, out var n) || !ReferenceEquals(n, c.Value)).Select(c => c.Value.Active).OfType<ActivePartner>());
            Volatile.Write(ref _slots, next);
        }
        finally
        {
            _changes.Release();
        }

        foreach (var partner in retired)
        {
            await partner.DisposeAsync();
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await RefreshAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRefreshFailed(_logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Partner {PartnerId} (plugin {PluginId}) is {State}")]
    private static partial void LogPartner(ILogger logger, string partnerId, string pluginId, PartnerState state);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Reason}")]
    private static partial void LogPartnerFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Partner plugins ready: {Loaded} of {Plugins} plugins loaded, {Active} of {Partners} partners active, in {ElapsedMs:0} ms")]
    private static partial void LogReady(ILogger logger, int loaded, int plugins, int active, int partners, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin {PluginId} reloaded: version {Version}, {State}, in {ElapsedMs:0} ms")]
    private static partial void LogReloaded(ILogger logger, string pluginId, string? version, PluginState? state, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying the Partners configuration failed; partners keep their previous set-up")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
