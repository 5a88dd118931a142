namespace Platform.GraphQL.Relay;

/// <summary>
/// A page of a list, as the Relay cursor connections specification shapes it. Returned by a
/// code-first resolver, <c>Connection&lt;Patient&gt;</c> becomes the types <c>PatientConnection</c>,
/// <c>PatientEdge</c> and <c>PageInfo</c>. Made by <see cref="KeysetPaging"/> or <see cref="Connection.Create"/>.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
public sealed class Connection<T>
{
    private readonly Func<CancellationToken, ValueTask<int>> _count;

    internal Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, ValueTask<int>> count)
    {
        Edges = edges;
        Nodes = [.. edges.Select(edge => edge.Node)];
        PageInfo = pageInfo;
        _count = count;
    }

    /// <summary>The nodes of this page, each with its cursor.</summary>
    public IReadOnlyList<Edge<T>> Edges { get; }

    /// <summary>The nodes of this page, for clients that need no cursors.</summary>
    public IReadOnlyList<T> Nodes { get; }

    /// <summary>Whether there are more pages, and the cursors of this page's ends.</summary>
    public PageInfo PageInfo { get; }

    /// <summary>
    /// How many nodes the whole list has, regardless of paging. Counted (one more database query)
    /// only when a client selects it.
    /// </summary>
    public ValueTask<int> TotalCountAsync(CancellationToken cancellationToken) => _count(cancellationToken);
}

/// <summary>Makes connections from pages the caller has already read.</summary>
public static class Connection
{
    /// <summary>A connection over nodes already paged by the caller, with their cursors.</summary>
    /// <typeparam name="T">The node type.</typeparam>
    /// <param name="edges">The page's edges, in order.</param>
    /// <param name="hasPreviousPage">Whether nodes exist before the first edge.</param>
    /// <param name="hasNextPage">Whether nodes exist after the last edge.</param>
    /// <param name="totalCount">Counts the whole list when <c>totalCount</c> is selected.</param>
    public static Connection<T> Create<T>(IReadOnlyList<Edge<T>> edges, bool hasPreviousPage, bool hasNextPage, Func<CancellationToken, ValueTask<int>> totalCount)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(totalCount);
        return new Connection<T>(edges, new PageInfo(hasNextPage, hasPreviousPage, edges.Count > 0 ? edges[0].Cursor : null, edges.Count > 0 ? edges[^1].Cursor : null), totalCount);
    }
}

/// <summary>One node of a connection and the cursor to page from it.</summary>
/// <typeparam name="T">The node type.</typeparam>
/// <param name="Node">The node.</param>
/// <param name="Cursor">Opaque; pass it as <c>after</c> or <c>before</c> to page from this node.</param>
public sealed record Edge<T>(T Node, string Cursor);

/// <summary>Where a page sits in its list.</summary>
/// <param name="HasNextPage">
/// Whether nodes exist after this page. Exact when paging forward (<c>first</c>); when paging
/// backward, true when <c>before</c> was given, since a node follows it.
/// </param>
/// <param name="HasPreviousPage">
/// Whether nodes exist before this page. Exact when paging backward (<c>last</c>); when paging
/// forward, true when <c>after</c> was given, since a node precedes it.
/// </param>
/// <param name="StartCursor">The cursor of the first edge; null when the page is empty.</param>
/// <param name="EndCursor">The cursor of the last edge; null when the page is empty.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
