using System.Runtime.CompilerServices;
using Platform.GraphQL.DataLoader;

namespace Platform.GraphQL.Execution;

/// <summary>ExecuteField: arguments, the resolver, and handing the value to completion.</summary>
internal sealed partial class ExecutionRun
{
    /// <summary>
    /// Runs field <paramref name="index"/> of <paramref name="parent"/>. Returns -1 when the field is
    /// done (or failed, or suspended on a load); otherwise the scope's event version before its
    /// resolver started, which the loop waits to change before it starts anything else.
    /// </summary>
    private int ExecuteField(ResultObject parent, int index)
    {
        var field = parent.Plan.Fields[index];
        object? value;
        switch (field.Kind)
        {
            case FieldKind.TypeName:
                parent.Values[index] = parent.Plan.Type.Name;
                return -1;
            case FieldKind.Default:
                // The arguments are not used, but wrong ones are still an error (as in graphql-js).
                if (!ReferenceEquals(field.Arguments, ArgumentPlan.None) && GetArguments(parent, index, field) is null)
                {
                    return -1;
                }

                try
                {
                    value = DefaultFieldResolver.Resolve(field, parent.Source);
                }
                catch (Exception exception)
                {
                    RaiseError(parent, index, field, exception);
                    return -1;
                }

                break;
            case FieldKind.Introspection:
                if (GetArguments(parent, index, field) is not { } introspectionArguments)
                {
                    return -1;
                }

                try
                {
                    value = field.Introspection!(parent.Source!, introspectionArguments, Schema);
                }
                catch (Exception exception)
                {
                    RaiseError(parent, index, field, exception);
                    return -1;
                }

                break;
            default:
                return InvokeResolver(parent, index, field);
        }

        Complete(parent, index, field, value);
        return -1;
    }

    private int InvokeResolver(ResultObject parent, int index, FieldPlan field)
    {
        if (GetArguments(parent, index, field) is not { } arguments)
        {
            return -1;
        }

        var version = Scope.EventVersion;
        ValueTask<object?> task;
        try
        {
            task = field.Definition.Resolver!(new ResolverContext(this, field, parent.Source, arguments));
        }
        catch (Exception exception)
        {
            RaiseError(parent, index, field, exception);
            return -1;
        }

        if (task.IsCompleted)
        {
            object? value;
            try
            {
                value = task.Result;
            }
            catch (Exception exception)
            {
                RaiseError(parent, index, field, exception);
                return -1;
            }

            Complete(parent, index, field, value);
            return -1;
        }

        _outstanding++;
        new PendingField(this, parent, index, field, task).Watch();
        return version;
    }

    private void FinishPending(PendingField pending)
    {
        _outstanding--;
        object? value;
        try
        {
            value = pending.GetResult();
        }
        catch (Exception exception)
        {
            RaiseError(pending.Parent, pending.Index, pending.Field, exception);
            return;
        }

        if (!IsDeadBranch(pending.Parent))
        {
            Complete(pending.Parent, pending.Index, pending.Field, value);
        }
    }

    private ArgumentValues? GetArguments(ResultObject parent, int index, FieldPlan field)
    {
        var arguments = field.Arguments.GetValues(variables, out var error);
        if (error is not null)
        {
            RaiseError(parent, index, field, error.Message, ExecutionError.LocationsOf(error.Node));
        }

        return arguments;
    }

    /// <summary>A resolver that did not finish synchronously; the scope hears when it does.</summary>
    private sealed class PendingField(ExecutionRun run, ResultObject parent, int index, FieldPlan field, ValueTask<object?> task)
        : IResolverCompletion
    {
        private readonly ConfiguredValueTaskAwaitable<object?>.ConfiguredValueTaskAwaiter _awaiter = task.ConfigureAwait(false).GetAwaiter();

        public ExecutionRun Run { get; } = run;

        public ResultObject Parent { get; } = parent;

        public int Index { get; } = index;

        public FieldPlan Field { get; } = field;

        public void Watch() => _awaiter.UnsafeOnCompleted(OnCompleted);

        public object? GetResult() => _awaiter.GetResult();

        private void OnCompleted() => Run.Scope.OnResolverCompleted(this);
    }
}
