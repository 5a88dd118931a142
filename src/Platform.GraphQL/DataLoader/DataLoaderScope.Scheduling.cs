using System.Threading.Tasks.Sources;

namespace Platform.GraphQL.DataLoader;

/// <summary>
/// The scheduling half of the scope, used by the executor while an execution runs. The executor
/// lets one resolver at a time be active; it waits for an "event" before starting the next: the
/// active resolver either finished, or suspended itself on a load (it awaits a loader's result,
/// which only this scope's batches produce). Events come from any thread; they bump a version
/// and wake the executor if it waits. Loads whose batch finished are resumed by the executor one
/// at a time, from the queue of resumable waiters.
/// </summary>
public sealed partial class DataLoaderScope
{
    private readonly Queue<IResumable> _resumables = new();
    private readonly Queue<IResolverCompletion> _completions = new();
    private readonly EventSignal _signal = new();
    private int _eventVersion;
    private bool _waiting;
    private int _attached;
    private CancellationTokenRegistration _cancellation;

    internal bool IsAttached => Volatile.Read(ref _attached) != 0;

    internal int EventVersion => Volatile.Read(ref _eventVersion);

    /// <summary>Binds the scope to the execution about to run; cancelling the token wakes a waiting executor.</summary>
    internal void Attach(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _attached, 1) != 0)
        {
            throw new InvalidOperationException(
                "This DataLoaderScope is already used by another execution; a scope serves one execution at a time.");
        }

        _cancellation = cancellationToken.UnsafeRegister(static scope => ((DataLoaderScope)scope!).RaiseEvent(), this);
    }

    internal void Detach()
    {
        _cancellation.Dispose();
        lock (Gate)
        {
            _resumables.Clear();
            _completions.Clear();
            _waiting = false;
        }

        Volatile.Write(ref _attached, 0);
    }

    /// <summary>Completes once an event happened after <paramref name="seenVersion"/> (at once if one already did).</summary>
    internal ValueTask WaitForEventAsync(int seenVersion)
    {
        lock (Gate)
        {
            if (_eventVersion != seenVersion)
            {
                return default;
            }

            _signal.Reset();
            _waiting = true;
        }

        return _signal.Task;
    }

    /// <summary>An active resolver finished after the executor stopped watching it synchronously.</summary>
    internal void OnResolverCompleted(IResolverCompletion completion)
    {
        bool wake;
        lock (Gate)
        {
            _completions.Enqueue(completion);
            wake = BumpVersion();
        }

        Wake(wake);
    }

    /// <summary>
    /// A resolver suspended itself on a load. <paramref name="readyWaiter"/> is the waiter when its
    /// batch already finished: it goes straight to the resumable queue.
    /// </summary>
    internal void OnLoadAwaited(IResumable? readyWaiter)
    {
        bool wake;
        lock (Gate)
        {
            if (readyWaiter is not null && _attached != 0)
            {
                _resumables.Enqueue(readyWaiter);
            }

            wake = BumpVersion();
        }

        Wake(wake);
    }

    /// <summary>Called under <see cref="Gate"/> by a finished batch for a waiter whose caller already awaits it.</summary>
    internal void EnqueueResumableLocked(IResumable waiter) => _resumables.Enqueue(waiter);

    internal bool TryTakeCompletion(out IResolverCompletion completion)
    {
        lock (Gate)
        {
            return _completions.TryDequeue(out completion!);
        }
    }

    internal bool TryTakeResumable(out IResumable waiter)
    {
        lock (Gate)
        {
            return _resumables.TryDequeue(out waiter!);
        }
    }

    private void RaiseEvent()
    {
        bool wake;
        lock (Gate)
        {
            wake = BumpVersion();
        }

        Wake(wake);
    }

    private bool BumpVersion()
    {
        _eventVersion++;
        var wasWaiting = _waiting;
        _waiting = false;
        return wasWaiting;
    }

    // Outside the lock: the executor's continuation must never run while the gate is held.
    private void Wake(bool wake)
    {
        if (wake)
        {
            _signal.Set();
        }
    }

    /// <summary>A reusable awaitable; the executor awaits it at most once at a time.</summary>
    private sealed class EventSignal : IValueTaskSource
    {
        private ManualResetValueTaskSourceCore<bool> _core = new() { RunContinuationsAsynchronously = true };

        public ValueTask Task => new(this, _core.Version);

        public void Reset() => _core.Reset();

        public void Set() => _core.SetResult(true);

        public void GetResult(short token) => _core.GetResult(token);

        public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _core.OnCompleted(continuation, state, token, flags);
    }
}

/// <summary>A load whose batch finished and whose caller waits: resuming runs the caller on until it next suspends.</summary>
internal interface IResumable
{
    void Resume();
}

/// <summary>A resolver that finished asynchronously; the executor completes its value.</summary>
internal interface IResolverCompletion;
