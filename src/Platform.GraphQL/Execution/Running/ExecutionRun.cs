using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// One execution of an operation: the response under construction and the loop that drives it.
/// Objects wait on a stack and their fields run depth first, in document order, one resolver at a
/// time (graphql-js's order for synchronous resolvers, so errors come in the same order). A
/// resolver that does not finish synchronously is waited for, unless it suspended itself on a
/// DataLoader load; when nothing else can run, the scope's next batch is dispatched and the loads
/// it answered are resumed one by one. So the resolvers of a request never overlap (safe for one
/// scoped DbContext), and all the loads of a level share one batch.
/// </summary>
internal sealed partial class ExecutionRun(
    Executor executor,
    Schema schema,
    IReadOnlyDictionary<string, object?> variables,
    IServiceProvider services,
    CancellationToken cancellationToken)
{
    private readonly List<ResultObject> _stack = [];
    private readonly List<ResultObject> _newObjects = [];
    private List<ExecutionError>? _errors;
    private DataLoaderScope? _scope;
    private bool _anyDead;
    private int _outstanding;

    public Schema Schema { get; } = schema;

    public IServiceProvider Services { get; } = services;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public ExecutorOptions Options => executor.Options;

    /// <summary>The request's DataLoader scope: the services' one, or a new one; attached on first use.</summary>
    public DataLoaderScope Scope
    {
        get
        {
            if (_scope is null)
            {
                var scope = Services.GetService(typeof(DataLoaderScope)) as DataLoaderScope ?? new DataLoaderScope();
                scope.Attach(CancellationToken);
                _scope = scope;
            }

            return _scope;
        }
    }

    public List<ExecutionError>? Errors => _errors;

    /// <summary>Runs the operation's root selection on <paramref name="rootValue"/>; null when a null propagated to the root.</summary>
    public async ValueTask<ResultObject?> RunAsync(SelectionPlan rootPlan, object? rootValue, bool serial)
    {
        var root = new ResultObject(rootPlan, rootValue, null, 0) { IsSerial = serial };
        _stack.Add(root);
        try
        {
            await LoopAsync();
        }
        finally
        {
            _scope?.Detach();
        }

        return root.IsDead ? null : root;
    }

    private async ValueTask LoopAsync()
    {
        while (true)
        {
            CancellationToken.ThrowIfCancellationRequested();

            // Read before looking at the queues: an event after this point wakes a wait below.
            var scope = _scope;
            var version = scope?.EventVersion ?? 0;
            if (scope is not null && scope.TryTakeCompletion(out var completion))
            {
                // A scope from the services may outlive a cancelled run whose resolvers finish late.
                if (completion is PendingField pending && ReferenceEquals(pending.Run, this))
                {
                    FinishPending(pending);
                }

                continue;
            }

            if (_stack.Count > 0)
            {
                var top = _stack[^1];
                if (top.Cursor == top.Values.Length || IsDeadBranch(top))
                {
                    _stack.RemoveAt(_stack.Count - 1);
                    continue;
                }

                // A serial object's next field waits until everything under the previous one is done.
                if (!top.IsSerial || _outstanding == 0)
                {
                    await ExecuteFieldAsync(top, top.Cursor++);
                    continue;
                }
            }

            if (scope is null)
            {
                return;
            }

            if (scope.TryTakeResumable(out var waiter))
            {
                // The resumed resolver runs until it finishes or suspends again; wait for that.
                var beforeResume = scope.EventVersion;
                waiter.Resume();
                await scope.WaitForEventAsync(beforeResume);
                continue;
            }

            if (scope.TryTakeBatchSource(out var batch))
            {
                await batch.DispatchAsync(CancellationToken);
                continue;
            }

            if (_outstanding == 0)
            {
                return;
            }

            // Resolvers are still running on their own (e.g. after an await that is no load).
            await scope.WaitForEventAsync(version);
        }
    }

    private ValueTask ExecuteFieldAsync(ResultObject parent, int index)
    {
        var versionBefore = ExecuteField(parent, index);
        return versionBefore < 0 ? default : _scope!.WaitForEventAsync(versionBefore);
    }

    private void Push(ResultObject child) => _stack.Add(child);

    private bool IsDeadBranch(ResultNode node)
    {
        if (!_anyDead)
        {
            return false;
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            if (current.IsDead)
            {
                return true;
            }
        }

        return false;
    }
}
