using Microsoft.Extensions.Logging;

namespace Platform.Plugins.DemoInterpreterAgency;

/// <summary>Runs the agency's later work (searches, sessions ending, translation steps); disposing it (reconfiguration, unloading) stops what is not yet done.</summary>
internal sealed partial class AgencyScheduler(TimeProvider time, ILogger<AgencyScheduler> logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _scheduled = [];
    private readonly Lock _lock = new();

    public void Schedule(string what, Func<CancellationToken, Task> work)
    {
        lock (_lock)
        {
            _scheduled.RemoveAll(t => t.IsCompleted);
            _scheduled.Add(RunAsync(what, work));
        }
    }

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Task[] pending;
        lock (_lock)
        {
            pending = [.. _scheduled];
        }

        await Task.WhenAll(pending);
        _stopping.Dispose();
    }

    private async Task RunAsync(string what, Func<CancellationToken, Task> work)
    {
        try
        {
            await Task.Yield();
            await work(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            LogAbandoned(logger, what);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFailed(logger, e, what);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{What} abandoned: the agency is shutting down")]
    private static partial void LogAbandoned(ILogger logger, string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "{What} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
