using Platform.Sdk;

namespace Sample.InterpreterAgency;

/// <summary>
/// Outcomes the agency decides later (an interpreter assigned, a job started), reported to the host through
/// <see cref="IPartnerEvents"/> when they happen. Timers come from the host's <see cref="TimeProvider"/>, so tests
/// can move time; disposing the instance stops them and waits for reports under way.
/// </summary>
internal sealed class Outcomes(IPartnerEvents events, TimeProvider time) : IAsyncDisposable
{
    private readonly List<ITimer> _timers = [];
    private readonly List<Task> _reports = [];
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Runs <paramref name="decide"/> after <paramref name="delay"/> and reports the event it returns, if any.</summary>
    public void After(TimeSpan delay, Func<PartnerEvent?> decide)
    {
        lock (_timers)
        {
            _timers.Add(time.CreateTimer(_ => Report(decide), null, delay, Timeout.InfiniteTimeSpan));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Task[] reports;
        lock (_timers)
        {
            foreach (var timer in _timers)
            {
                timer.Dispose();
            }

            reports = [.. _reports];
        }

        try
        {
            await Task.WhenAll(reports);
        }
        catch (OperationCanceledException)
        {
            // A report cut short by disposal: the instance is going away with it.
        }

        _stopping.Dispose();
    }

    private void Report(Func<PartnerEvent?> decide)
    {
        if (_stopping.IsCancellationRequested || decide() is not { } outcome)
        {
            return;
        }

        lock (_timers)
        {
            _reports.Add(events.PublishAsync(outcome, _stopping.Token));
        }
    }
}
