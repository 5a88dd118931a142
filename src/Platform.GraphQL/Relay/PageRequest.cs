using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>
/// The Relay paging arguments of one request, checked: either <c>first</c> (with <c>after</c>)
/// pages forward, or <c>last</c> (with <c>before</c>) pages backward. Asking for both
/// <c>first</c> and <c>last</c> is refused rather than given the specification's confusing
/// two-ended meaning; <c>after</c> and <c>before</c> together bound a forward or backward page.
/// With neither <c>first</c> nor <c>last</c>, the first <see cref="PagingOptions.DefaultPageSize"/> nodes come.
/// </summary>
public sealed record PageRequest
{
    private PageRequest(int size, bool forward, string? after, string? before) => (Size, Forward, After, Before) = (size, forward, after, before);

    /// <summary>How many nodes at most: <c>first</c>, <c>last</c> or the default page size.</summary>
    public int Size { get; }

    /// <summary>True when paging from the start (<c>first</c>), false from the end (<c>last</c>).</summary>
    public bool Forward { get; }

    /// <summary>The cursor the page starts after, if any.</summary>
    public string? After { get; }

    /// <summary>The cursor the page ends before, if any.</summary>
    public string? Before { get; }

    /// <summary>Checks the arguments a connection field received.</summary>
    /// <exception cref="GraphQLException">The arguments break a rule; the message names the argument, its value and the rule.</exception>
    public static PageRequest From(int? first, string? after, int? last, string? before, PagingOptions? options = null)
    {
        options ??= PagingOptions.Default;
        if (first is not null && last is not null)
        {
            throw new GraphQLException($"Pass either 'first' or 'last', not both (got first: {first}, last: {last}); page forward with first/after or backward with last/before.");
        }

        if (first is < 0 || last is < 0)
        {
            var (name, value) = first is < 0 ? ("first", first) : ("last", last);
            throw new GraphQLException($"'{name}' must not be negative; got {value}.");
        }

        if ((first ?? last) > options.MaxPageSize)
        {
            throw new GraphQLException($"'{(first is not null ? "first" : "last")}' must be at most {options.MaxPageSize}; got {first ?? last}. Page through larger lists with the cursors.");
        }

        if (after is "" || before is "")
        {
            throw new GraphQLException($"'{(after is "" ? "after" : "before")}' must be a cursor from this connection, not an empty string.");
        }

        return new PageRequest(first ?? last ?? options.DefaultPageSize, forward: last is null, after, before);
    }
}

/// <summary>Limits of a connection field.</summary>
public sealed record PagingOptions
{
    /// <summary>20 nodes when unasked, at most 100.</summary>
    public static PagingOptions Default { get; } = new();

    /// <summary>The most nodes <c>first</c> or <c>last</c> may ask for; more is refused with an error.</summary>
    public int MaxPageSize { get; init; } = 100;

    /// <summary>How many nodes come when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 20;
}
