using Microsoft.Extensions.Logging;

namespace Platform.Plugins.DemoInsurer;

/// <summary>Runs the insurer's later decisions; disposing it (when the partner is reconfigured or unloaded) cancels the ones not yet due.</summary>
internal sealed partial class DecisionScheduler(TimeProvider time, ILogger<DecisionScheduler> logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _scheduled = [];
    private readonly Lock _lock = new();

    public void Schedule(TimeSpan delay, string what, Func<CancellationToken, Task> decide)
    {
        lock (_lock)
        {
            _scheduled.RemoveAll(t => t.IsCompleted);
            _scheduled.Add(RunAsync(delay, what, decide));
        }
    }

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

    private async Task RunAsync(TimeSpan delay, string what, Func<CancellationToken, Task> decide)
    {
        try
        {
            await Task.Delay(delay, time, _stopping.Token);
            await decide(_stopping.Token);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision on {What} abandoned: the insurer is shutting down")]
    private static partial void LogAbandoned(ILogger logger, string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "Decision on {What} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
