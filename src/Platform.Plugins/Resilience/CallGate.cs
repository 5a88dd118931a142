using System.Diagnostics.CodeAnalysis;

namespace Platform.Plugins.Resilience;

/// <summary>
/// Runs calls into a plugin off the caller's thread, at most N at a time, and lets the caller walk away
/// when its token fires even if the plugin never returns. A call keeps its slot until the plugin's task
/// really ends, so a partner that hangs fills its own slots and then fails fast, without taking more
/// threads from the host or stalling other partners.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The semaphore is never disposed: no wait handle is ever created, and a hung call may release its slot at any time, even after its partner was replaced.")]
internal sealed class CallGate(int maxConcurrentCalls)
{
    private readonly SemaphoreSlim _slots = new(maxConcurrentCalls, maxConcurrentCalls);

    public int InUse => maxConcurrentCalls - _slots.CurrentCount;

    /// <exception cref="OperationCanceledException">The token fired while waiting for a slot or for the plugin.</exception>
    /// <exception cref="PluginContractException">The plugin returned a null task.</exception>
    public async Task<TResult> RunAsync<TResult>(Func<CancellationToken, Task<TResult>?> call, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        // StartNew rather than Task.Run: the outer task must complete when the plugin's method returns,
        // without unwrapping, so a null task can be told apart from a hung one.
        var invocation = Task.Factory.StartNew(() => call(cancellationToken), CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        _ = ReleaseWhenDoneAsync(invocation);
        var task = await invocation.WaitAsync(cancellationToken) ?? throw new PluginContractException("returned a null Task");
        return await task.WaitAsync(cancellationToken);
    }

    /// <summary>Waits until no call is in the plugin (or the time is up), so a replaced partner is not disposed under a running call.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout)
    {
        var taken = 0;
        try
        {
            using var deadline = new CancellationTokenSource(timeout);
            for (; taken < maxConcurrentCalls; taken++)
            {
                await _slots.WaitAsync(deadline.Token);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            if (taken > 0)
            {
                _slots.Release(taken);
            }
        }
    }

    private async Task ReleaseWhenDoneAsync<TResult>(Task<Task<TResult>?> invocation)
    {
        try
        {
            if (await invocation is { } task)
            {
                await task;
            }
        }
#pragma warning disable CA1031 // The caller already received (or abandoned) this outcome; here only the slot matters.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            _slots.Release();
        }
    }
}

/// <summary>A plugin broke the SDK's contract (a null task or result); becomes a PluginFault failure.</summary>
internal sealed class PluginContractException(string message) : Exception(message);
