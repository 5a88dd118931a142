using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.GraphQL.Tests.Relay;

public class PageRequestTests
{
    [Fact]
    public void From_NoArguments_FirstDefaultPageSizeForward()
    {
        var page = PageRequest.From(null, null, null, null, new PagingOptions { DefaultPageSize = 7 });

        (page.Size, page.Forward, page.After, page.Before).ShouldBe((7, true, (string?)null, (string?)null));
    }

    [Fact]
    public void From_Last_PagesBackward()
    {
        var page = PageRequest.From(null, null, 3, "c");

        (page.Size, page.Forward, page.Before).ShouldBe((3, false, "c"));
    }

    [Fact]
    public void From_FirstAndLast_IsRefused()
    {
        Should.Throw<GraphQLException>(() => PageRequest.From(2, null, 3, null)).Message
            .ShouldBe("Pass either 'first' or 'last', not both (got first: 2, last: 3); page forward with first/after or backward with last/before.");
    }

    [Theory]
    [InlineData(-1, null, "'first' must not be negative; got -1.")]
    [InlineData(null, -5, "'last' must not be negative; got -5.")]
    [InlineData(101, null, "'first' must be at most 100; got 101. Page through larger lists with the cursors.")]
    [InlineData(null, 500, "'last' must be at most 100; got 500. Page through larger lists with the cursors.")]
    public void From_SizeOutOfRange_ThrowsNamingArgumentAndValue(int? first, int? last, string message)
    {
        Should.Throw<GraphQLException>(() => PageRequest.From(first, null, last, null)).Message.ShouldBe(message);
    }

    [Fact]
    public void From_ZeroAndMaximum_AreAllowed()
    {
        PageRequest.From(0, null, null, null).Size.ShouldBe(0);
        PageRequest.From(100, null, null, null).Size.ShouldBe(100);
    }

    [Fact]
    public void From_EmptyCursor_IsRefused()
    {
        Should.Throw<GraphQLException>(() => PageRequest.From(1, "", null, null)).Message
            .ShouldBe("'after' must be a cursor from this connection, not an empty string.");
    }
}
