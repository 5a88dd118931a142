using System.Collections;
using System.Linq.Expressions;

namespace Platform.GraphQL.Tests.Relay;

/// <summary>
/// LINQ to objects standing in for a database: it counts the rows a query reads and throws once
/// more than <see cref="RowLimit"/> are pulled, so a paging helper that loads every row fails loudly.
/// Queries built on it (Where, OrderBy, Take) stay on it, as they would on an EF Core DbSet.
/// </summary>
internal sealed class RowCountingQueryable<T> : IOrderedQueryable<T>, IQueryProvider
{
    private readonly IQueryable<T> _inner;
    private readonly Reads _reads;

    public RowCountingQueryable(IEnumerable<T> rows, int rowLimit)
        : this(rows.AsQueryable(), new Reads(rowLimit))
    {
    }

    private RowCountingQueryable(IQueryable<T> inner, Reads reads) => (_inner, _reads) = (inner, reads);

    public int RowsRead => _reads.Count;

    public int RowLimit => _reads.Limit;

    /// <summary>The last query enumerated, to show what a database would have been sent.</summary>
    public Expression? LastQuery => _reads.LastQuery;

    public Type ElementType => typeof(T);

    public Expression Expression => _inner.Expression;

    public IQueryProvider Provider => this;

    public IEnumerator<T> GetEnumerator()
    {
        _reads.LastQuery = _inner.Expression;
        foreach (var row in _inner)
        {
            if (++_reads.Count > _reads.Limit)
            {
                throw new InvalidOperationException($"Read {_reads.Count} rows; the page may need at most {_reads.Limit}.");
            }

            yield return row;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public IQueryable CreateQuery(Expression expression) => throw new NotSupportedException("Only typed queries are used.");

    public IQueryable<TElement> CreateQuery<TElement>(Expression expression) =>
        typeof(TElement) == typeof(T)
            ? (IQueryable<TElement>)(object)new RowCountingQueryable<T>(_inner.Provider.CreateQuery<T>(expression), _reads)
            : throw new NotSupportedException("Projections are not used.");

    public object? Execute(Expression expression) => _inner.Provider.Execute(expression);

    public TResult Execute<TResult>(Expression expression) => _inner.Provider.Execute<TResult>(expression);

    private sealed class Reads(int limit)
    {
        public int Limit { get; } = limit;

        public int Count { get; set; }

        public Expression? LastQuery { get; set; }
    }
}
