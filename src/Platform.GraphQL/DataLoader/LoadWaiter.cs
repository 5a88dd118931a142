using System.Runtime.ExceptionServices;
using System.Threading.Tasks.Sources;

namespace Platform.GraphQL.DataLoader;

/// <summary>One key's result in a loader's cache: pending until its batch finishes, then a value or a failure.</summary>
internal sealed class LoadEntry<T>
{
    private LoadWaiter<T>? _firstWaiter;
    private List<LoadWaiter<T>>? _moreWaiters;

    public bool IsDone { get; private set; }

    public T Value { get; private set; } = default!;

    public ExceptionDispatchInfo? Failure { get; private set; }

    public static LoadEntry<T> Done(T value) => new() { IsDone = true, Value = value };

    public ValueTask<T> AsValueTask() =>
        Failure is null ? new ValueTask<T>(Value) : ValueTask.FromException<T>(Failure.SourceException);

    /// <summary>Under the scope's gate.</summary>
    public void AddWaiter(LoadWaiter<T> waiter)
    {
        if (_firstWaiter is null)
        {
            _firstWaiter = waiter;
        }
        else
        {
            (_moreWaiters ??= []).Add(waiter);
        }
    }

    /// <summary>
    /// Under the scope's gate: records the result and marks every waiter ready. Without an
    /// execution scheduling them, every waiter goes to <paramref name="resumeNow"/>; with one,
    /// waiters already awaited join the scope's resumable queue, and the others join it when
    /// they are awaited.
    /// </summary>
    public void Complete(T value, ExceptionDispatchInfo? failure, bool scheduled, DataLoaderScope scope, ref List<IResumable>? resumeNow)
    {
        IsDone = true;
        Value = value;
        Failure = failure;
        if (_firstWaiter is null)
        {
            return;
        }

        Hand(_firstWaiter, scheduled, scope, ref resumeNow);
        if (_moreWaiters is not null)
        {
            foreach (var waiter in _moreWaiters)
            {
                Hand(waiter, scheduled, scope, ref resumeNow);
            }
        }

        _firstWaiter = null;
        _moreWaiters = null;
    }

    private static void Hand(LoadWaiter<T> waiter, bool scheduled, DataLoaderScope scope, ref List<IResumable>? resumeNow)
    {
        var awaited = waiter.MarkReady();
        if (!scheduled)
        {
            (resumeNow ??= []).Add(waiter);
        }
        else if (awaited)
        {
            scope.EnqueueResumableLocked(waiter);
        }
    }
}

/// <summary>
/// What one pending <c>LoadAsync</c> call returns. Its result is released only when the scheduler
/// resumes it (<see cref="Resume"/>), so callers waiting on one batch continue one at a time;
/// awaiting it tells the scope that the caller is suspended.
/// </summary>
internal sealed class LoadWaiter<T>(DataLoaderScope scope, LoadEntry<T> entry) : IValueTaskSource<T>, IResumable
{
    private const int Pending = 0;
    private const int Ready = 1;
    private const int Released = 2;

    // Continuations run inline when released: the executor resumes callers one by one on its own turn.
    private ManualResetValueTaskSourceCore<T> _core;
    private int _state;
    private bool _awaited;

    public T GetResult(short token) => _core.GetResult(token);

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
    {
        int current;
        lock (scope.Gate)
        {
            // Stores the continuation; if already released, the core queues it to the thread pool.
            _core.OnCompleted(continuation, state, token, flags);
            _awaited = true;
            current = _state;
        }

        if (current != Released)
        {
            scope.OnLoadAwaited(current == Ready ? this : null);
        }
    }

    /// <summary>Under the scope's gate; true when the caller already awaits the result.</summary>
    public bool MarkReady()
    {
        _state = Ready;
        return _awaited;
    }

    public void Resume()
    {
        lock (scope.Gate)
        {
            if (_state == Released)
            {
                return;
            }

            _state = Released;
        }

        if (entry.Failure is { } failure)
        {
            _core.SetException(failure.SourceException);
        }
        else
        {
            _core.SetResult(entry.Value);
        }
    }
}
