using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Field errors: recorded with their path and locations, then handled as the specification's
/// "Handling Execution Errors" says: the position becomes null, and a null at a non-null position
/// propagates to the parent, up to the nearest nullable position (or the whole <c>data</c>).
/// </summary>
internal sealed partial class ExecutionRun
{
    private void RaiseError(ResultNode node, int index, FieldPlan field, Exception exception)
    {
        var (message, extensions) = Describe(exception);
        RaiseError(node, index, field, message, null, extensions, exception);
    }

    private void RaiseError(
        ResultNode node,
        int index,
        FieldPlan field,
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        // A position already cut off by an earlier error reports nothing more (graphql-js stops there too).
        if (IsDeadBranch(node))
        {
            return;
        }

        (_errors ??= []).Add(new ExecutionError(message, locations ?? field.Locations, PathOf(node, index), extensions, exception));
        PropagateNull(node, index);
    }

    private void PropagateNull(ResultNode node, int index)
    {
        while (true)
        {
            if (!node.IsNonNullAt(index))
            {
                node.Set(index, null);
                return;
            }

            node.IsDead = true;
            _anyDead = true;
            if (node.Parent is not { } parent)
            {
                return;
            }

            index = node.IndexInParent;
            node = parent;
        }
    }

    private static object[] PathOf(ResultNode node, int index)
    {
        var depth = 1;
        for (var current = node; current.Parent is not null; current = current.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = node.PathSegment(index);
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            path[--depth] = parent.PathSegment(current.IndexInParent);
        }

        return path;
    }

    /// <summary>What the client sees of an exception: its own message when it is meant for clients, or when the options allow.</summary>
    internal (string Message, IReadOnlyDictionary<string, object?>? Extensions) Describe(Exception exception) => exception switch
    {
        GraphQLException graphQL => (graphQL.Message, graphQL.Extensions),
        CoercionException coercion => (coercion.Message, null),
        _ when Options.ExposeExceptionMessages => (exception.Message, Options.UnexpectedErrorExtensions),
        _ => (Options.UnexpectedErrorMessage, Options.UnexpectedErrorExtensions),
    };
}
