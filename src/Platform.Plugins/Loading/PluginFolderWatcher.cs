using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Plugins.Loading;

/// <summary>
/// Reloads a plugin when files in its folder change (<c>Plugins:WatchForChanges</c>), once the folder has
/// been quiet for <c>Plugins:ChangeSettleDelay</c>, so a build or copy that writes many files reloads once.
/// </summary>
internal sealed partial class PluginFolderWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Func<string, Task> _reload;
    private readonly TimeSpan _settle;
    private readonly ILogger _logger;
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private PluginFolderWatcher(string root, TimeSpan settle, Func<string, Task> reload, ILogger logger)
    {
        _reload = reload;
        _settle = settle;
        _logger = logger;
        _watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        _watcher.EnableRaisingEvents = true;
    }

    public static PluginFolderWatcher? StartIfEnabled(IOptionsMonitor<PluginsOptions> options, Func<string, Task> reload, ILogger logger)
    {
        var current = options.CurrentValue;
        if (!current.WatchForChanges)
        {
            return null;
        }

        Directory.CreateDirectory(current.RootPath);
        return new PluginFolderWatcher(current.RootPath, current.ChangeSettleDelay, reload, logger);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        lock (_lock)
        {
            foreach (var pending in _pending.Values)
            {
                pending.Cancel();
                pending.Dispose();
            }

            _pending.Clear();
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        var relative = Path.GetRelativePath(_watcher.Path, e.FullPath);
        var pluginId = relative.Split(Path.DirectorySeparatorChar)[0];
        if (pluginId is "." or ".." || pluginId.Length == 0)
        {
            return;
        }

        CancellationTokenSource next = new();
        lock (_lock)
        {
            if (_pending.Remove(pluginId, out var previous))
            {
                previous.Cancel();
                previous.Dispose();
            }

            _pending[pluginId] = next;
        }

        _ = ReloadWhenQuietAsync(pluginId, next);
    }

    private async Task ReloadWhenQuietAsync(string pluginId, CancellationTokenSource quiet)
    {
        try
        {
            await Task.Delay(_settle, quiet.Token);
            lock (_lock)
            {
                if (!_pending.Remove(pluginId, out var current) || current != quiet)
                {
                    return;
                }
            }

            quiet.Dispose();
            LogReloading(_logger, pluginId);
            await _reload(pluginId);
        }
        catch (OperationCanceledException)
        {
            // A newer change in the same folder restarted the wait.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogReloadFailed(_logger, e, pluginId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Plugin folder {PluginId} changed; reloading")]
    private static partial void LogReloading(ILogger logger, string pluginId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading plugin {PluginId} after a change failed")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string pluginId);
}
