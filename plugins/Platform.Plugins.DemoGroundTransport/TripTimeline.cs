using Microsoft.Extensions.Logging;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>
/// Plays trips out over time (dispatch, driver assigned, en route, arrived, on board, completed or no-show).
/// Disposing it (when the partner is reconfigured or unloaded) stops every trip not yet finished.
/// </summary>
internal sealed partial class TripTimeline(TimeProvider time, ILogger<TripTimeline> logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _running = [];
    private readonly Lock _lock = new();

    /// <summary>Runs <paramref name="play"/>, which waits with <see cref="DelayAsync"/> between steps.</summary>
    public void Start(string reference, Func<CancellationToken, Task> play)
    {
        lock (_lock)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(RunAsync(reference, play));
        }
    }

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay > TimeSpan.Zero ? Task.Delay(delay, time, cancellationToken) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Task[] running;
        lock (_lock)
        {
            running = [.. _running];
        }

        await Task.WhenAll(running);
        _stopping.Dispose();
    }

    private async Task RunAsync(string reference, Func<CancellationToken, Task> play)
    {
        try
        {
            await Task.Yield();
            await play(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            LogAbandoned(logger, reference);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFailed(logger, e, reference);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trip {Reference} no longer followed: the firm is shutting down")]
    private static partial void LogAbandoned(ILogger logger, string reference);

    [LoggerMessage(Level = LogLevel.Error, Message = "Following trip {Reference} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string reference);
}
