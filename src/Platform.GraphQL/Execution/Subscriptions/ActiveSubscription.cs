using System.Runtime.CompilerServices;

namespace Platform.GraphQL.Execution;

/// <summary>
/// A started subscription: its source event stream and the mapping of each event to a response
/// (the specification's MapSourceToResponseEvent). Each event is a fresh execution of the
/// operation's selection set with the event as root value, so errors are per event: one event's
/// failing field does not end the stream. Read it once; dispose it when done (disposing ends the
/// subscription to the source even if it was never read).
/// </summary>
public sealed class ActiveSubscription : IAsyncDisposable
{
    private readonly Executor _executor;
    private readonly ExecutionRequest _request;
    private readonly SelectionPlan _rootPlan;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private int _read;
    private int _disposed;

    internal ActiveSubscription(Executor executor, ExecutionRequest request, SelectionPlan rootPlan, IReadOnlyDictionary<string, object?> variables, IAsyncEnumerable<object?> source)
    {
        _executor = executor;
        _request = request;
        _rootPlan = rootPlan;
        _variables = variables;
        SourceEvents = source;
    }

    /// <summary>The source event stream the root field's subscriber returned.</summary>
    public IAsyncEnumerable<object?> SourceEvents { get; }

    /// <summary>
    /// Executes the selection set for one source event (for transports that give each event its
    /// own service scope). <paramref name="services"/> replaces the request's services when given.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValueTask<ExecutionResult> ExecuteEventAsync(object? sourceEvent, IServiceProvider? services = null, CancellationToken cancellationToken = default) =>
        _executor.ExecuteEventAsync(_request, _rootPlan, _variables, sourceEvent, services, cancellationToken);

    /// <summary>
    /// The response stream: one result per source event, in order, executed with the request's
    /// services. When the source stream fails, a last result carries the error (no data) and the
    /// stream ends; cancelling <paramref name="cancellationToken"/> ends it and disposes the source.
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream is read a second time.</exception>
    public async IAsyncEnumerable<ExecutionResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var (sourceEvent, failure) in ReadSourceAsync(cancellationToken))
        {
            yield return failure ?? await ExecuteEventAsync(sourceEvent, null, cancellationToken);
        }
    }

    /// <summary>
    /// The source events, each with null as failure; when the source throws, one last entry whose
    /// failure is the error as a result (the message hidden unless the executor's options expose it).
    /// </summary>
    /// <exception cref="InvalidOperationException">The stream is read a second time.</exception>
    public async IAsyncEnumerable<(object? Event, ExecutionResult? Failure)> ReadSourceAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _read, 1) != 0)
        {
            throw new InvalidOperationException("A subscription stream can be read once.");
        }

        await using var events = SourceEvents.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ExecutionResult? failure = null;
            bool more;
            try
            {
                more = await events.MoveNextAsync();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                more = false;
                var options = _executor.Options;
                var message = exception is GraphQLException || options.ExposeExceptionMessages ? exception.Message : options.UnexpectedErrorMessage;
                var extensions = exception is GraphQLException graphQL ? graphQL.Extensions : options.UnexpectedErrorExtensions;
                failure = ExecutionResult.FromRequestErrors([new ExecutionError(message, extensions: extensions, exception: exception)]);
            }

            if (failure is not null)
            {
                yield return (null, failure);
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            yield return (events.Current, null);
        }
    }

    /// <summary>Ends the subscription to the source when the stream was never read (reading disposes it at the end).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && Volatile.Read(ref _read) == 0 && SourceEvents is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
