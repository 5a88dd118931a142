using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Platform.GraphQL.Relay;

/// <summary>
/// Pages an <see cref="IQueryable{T}"/> in the database by keyset: the page is
/// <c>Where(key after the cursor).OrderBy(key).ThenBy(id).Take(size + 1)</c>, which a LINQ
/// provider such as EF Core turns into <c>WHERE … ORDER BY … LIMIT</c>; no row outside the page
/// (plus one, to tell whether another page follows) is read. A cursor holds the order key and id of
/// its node, so pages stay stable when rows are inserted or deleted elsewhere. The key and id must
/// be non-null and together unique; sort order is ascending.
/// Queries that implement <see cref="IAsyncEnumerable{T}"/> (EF Core's do) are read asynchronously.
/// </summary>
public static class KeysetPaging
{
    private static readonly MethodInfo _stringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>One page ordered by <paramref name="orderBy"/>, ties broken by <paramref name="thenById"/>.</summary>
    /// <param name="source">The whole list, filtered but not ordered or paged.</param>
    /// <param name="page">The checked paging arguments.</param>
    /// <param name="orderBy">The order key, e.g. <c>p =&gt; p.Name</c>.</param>
    /// <param name="thenById">A unique key breaking ties, e.g. <c>p =&gt; p.Id</c>.</param>
    /// <param name="countAsync">How to count <paramref name="source"/> for <c>totalCount</c> (e.g. EF Core's <c>CountAsync</c>); <c>Queryable.Count</c> when null.</param>
    /// <param name="cancellationToken">Cancels the page query.</param>
    /// <exception cref="Execution.GraphQLException"><c>after</c> or <c>before</c> is not a cursor of this ordering.</exception>
    public static Task<Connection<T>> ToConnectionAsync<T, TKey, TId>(
        this IQueryable<T> source,
        PageRequest page,
        Expression<Func<T, TKey>> orderBy,
        Expression<Func<T, TId>> thenById,
        Func<IQueryable<T>, CancellationToken, Task<int>>? countAsync = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderBy);
        ArgumentNullException.ThrowIfNull(thenById);
        return PageAsync(source, page, [orderBy, thenById], countAsync, cancellationToken);
    }

    /// <summary>One page ordered by the unique key <paramref name="orderById"/>.</summary>
    /// <param name="source">The whole list, filtered but not ordered or paged.</param>
    /// <param name="page">The checked paging arguments.</param>
    /// <param name="orderById">A unique key, e.g. <c>p =&gt; p.Id</c>.</param>
    /// <param name="countAsync">How to count <paramref name="source"/> for <c>totalCount</c>; <c>Queryable.Count</c> when null.</param>
    /// <param name="cancellationToken">Cancels the page query.</param>
    /// <exception cref="Execution.GraphQLException"><c>after</c> or <c>before</c> is not a cursor of this ordering.</exception>
    public static Task<Connection<T>> ToConnectionAsync<T, TId>(
        this IQueryable<T> source,
        PageRequest page,
        Expression<Func<T, TId>> orderById,
        Func<IQueryable<T>, CancellationToken, Task<int>>? countAsync = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderById);
        return PageAsync(source, page, [orderById], countAsync, cancellationToken);
    }

    private static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> source, PageRequest page, LambdaExpression[] keys, Func<IQueryable<T>, CancellationToken, Task<int>>? countAsync, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(page);
        var keyTypes = keys.Select(key => key.ReturnType).ToArray();
        var query = source;
        if (page.After is { } after)
        {
            query = query.Where(Beyond<T>(keys, PageCursor.Decode(after, keyTypes, "after"), greater: true));
        }

        if (page.Before is { } before)
        {
            query = query.Where(Beyond<T>(keys, PageCursor.Decode(before, keyTypes, "before"), greater: false));
        }

        for (var i = 0; i < keys.Length; i++)
        {
            query = Order(query, keys[i], thenBy: i > 0, descending: !page.Forward);
        }

        var rows = await ReadAsync(query.Take(page.Size + 1), cancellationToken).ConfigureAwait(false);
        var hasMore = rows.Count > page.Size;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (!page.Forward)
        {
            rows.Reverse();
        }

        var readKeys = keys.Select(key => key.Compile()).ToArray();
        var edges = rows.Select(row => new Edge<T>(row, PageCursor.Encode([.. readKeys.Select(read => read.DynamicInvoke(row))]))).ToList();
        var count = countAsync is null
            ? (Func<CancellationToken, ValueTask<int>>)(_ => ValueTask.FromResult(source.Count()))
            : async token => await countAsync(source, token).ConfigureAwait(false);
        return Connection.Create(
            edges,
            hasPreviousPage: page.Forward ? page.After is not null : hasMore,
            hasNextPage: page.Forward ? hasMore : page.Before is not null,
            count);
    }

    private static async Task<List<T>> ReadAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        if (query is IAsyncEnumerable<T> asynchronous)
        {
            await foreach (var row in asynchronous.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }
        }
        else
        {
            rows.AddRange(query);
        }

        return rows;
    }

    /// <summary>
    /// Rows strictly after (or before) the cursor in key order: <c>k1 &gt; c1 || (k1 == c1 &amp;&amp; (k2 &gt; c2 || …))</c>.
    /// Cursor values go in as captured fields, which EF Core turns into SQL parameters.
    /// </summary>
    private static Expression<Func<T, bool>> Beyond<T>(LambdaExpression[] keys, object?[] values, bool greater)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? condition = null;
        for (var i = keys.Length - 1; i >= 0; i--)
        {
            var key = new Rebind(keys[i].Parameters[0], row).Visit(keys[i].Body);
            var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(key.Type), values[i])!;
            var value = Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
            var strict = Compare(key, value, greater);
            condition = condition is null ? strict : Expression.OrElse(strict, Expression.AndAlso(Expression.Equal(key, value), condition));
        }

        return Expression.Lambda<Func<T, bool>>(condition!, row);
    }

    private static BinaryExpression Compare(Expression key, Expression value, bool greater)
    {
        if (key.Type == typeof(string))
        {
            var comparison = Expression.Call(_stringCompare, key, value);
            return greater ? Expression.GreaterThan(comparison, Expression.Constant(0)) : Expression.LessThan(comparison, Expression.Constant(0));
        }

        try
        {
            return greater ? Expression.GreaterThan(key, value) : Expression.LessThan(key, value);
        }
        catch (InvalidOperationException)
        {
            // No < operator (e.g. an IComparable struct): CompareTo, which LINQ providers also translate.
            var comparison = Expression.Call(key, key.Type.GetMethod(nameof(IComparable.CompareTo), [key.Type])
                ?? throw new InvalidOperationException($"Keyset paging needs an ordered key; {key.Type} has neither < nor CompareTo({key.Type})."), value);
            return greater ? Expression.GreaterThan(comparison, Expression.Constant(0)) : Expression.LessThan(comparison, Expression.Constant(0));
        }
    }

    private static IQueryable<T> Order<T>(IQueryable<T> query, LambdaExpression key, bool thenBy, bool descending)
    {
        var name = (thenBy, descending) switch
        {
            (false, false) => nameof(Queryable.OrderBy),
            (false, true) => nameof(Queryable.OrderByDescending),
            (true, false) => nameof(Queryable.ThenBy),
            (true, true) => nameof(Queryable.ThenByDescending),
        };
        var method = typeof(Queryable).GetMethods()
            .Single(candidate => candidate.Name == name && candidate.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(T), key.ReturnType);
        return (IQueryable<T>)method.Invoke(null, [query, key])!;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
