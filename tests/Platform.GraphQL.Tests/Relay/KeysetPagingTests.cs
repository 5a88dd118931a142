using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.GraphQL.Tests.Relay;

public class KeysetPagingTests
{
    internal sealed record Row(int Id, string Name);

    // 50 rows in scrambled order; names repeat, so the id must break ties.
    private static readonly Row[] _rows = [.. Enumerable.Range(1, 50).Select(id => new Row(id * 37 % 101, "name" + (id % 7))).Reverse()];
    private static readonly Row[] _sorted = [.. _rows.OrderBy(row => row.Name, StringComparer.Ordinal).ThenBy(row => row.Id)];

    [Fact]
    public async Task ToConnectionAsync_First_ReadsOnlyPagePlusOneRow()
    {
        var table = new RowCountingQueryable<Row>(_rows, rowLimit: 6);

        var page = await table.ToConnectionAsync(PageRequest.From(5, null, null, null), row => row.Name, row => row.Id);

        page.Nodes.ShouldBe(_sorted[..5]);
        table.RowsRead.ShouldBe(6);
        table.LastQuery!.ToString().ShouldContain(".Take(6)");
        (page.PageInfo.HasNextPage, page.PageInfo.HasPreviousPage).ShouldBe((true, false));
        page.PageInfo.StartCursor.ShouldBe(page.Edges[0].Cursor);
        page.PageInfo.EndCursor.ShouldBe(page.Edges[^1].Cursor);
    }

    [Fact]
    public async Task ToConnectionAsync_WalkingForwardWithAfter_VisitsEveryRowOnceInOrder()
    {
        var seen = new List<Row>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var table = new RowCountingQueryable<Row>(_rows, rowLimit: 8);
            var page = await table.ToConnectionAsync(PageRequest.From(7, after, null, null), row => row.Name, row => row.Id);
            seen.AddRange(page.Nodes);
            pages++;
            page.PageInfo.HasPreviousPage.ShouldBe(after is not null);
            if (!page.PageInfo.HasNextPage)
            {
                break;
            }

            after = page.PageInfo.EndCursor;
        }

        seen.ShouldBe(_sorted);
        pages.ShouldBe(8);
    }

    [Fact]
    public async Task ToConnectionAsync_WalkingBackwardWithBefore_VisitsEveryRowOnceInOrder()
    {
        var seen = new List<Row>();
        string? before = null;
        while (true)
        {
            var table = new RowCountingQueryable<Row>(_rows, rowLimit: 11);
            var page = await table.ToConnectionAsync(PageRequest.From(null, null, 10, before), row => row.Name, row => row.Id);
            seen.InsertRange(0, page.Nodes);
            page.PageInfo.HasNextPage.ShouldBe(before is not null);
            if (!page.PageInfo.HasPreviousPage)
            {
                break;
            }

            before = page.PageInfo.StartCursor;
        }

        seen.ShouldBe(_sorted);
    }

    [Fact]
    public async Task ToConnectionAsync_AfterAndBefore_ReturnsRowsBetween()
    {
        var all = await _rows.AsQueryable().ToConnectionAsync(PageRequest.From(50, null, null, null), row => row.Name, row => row.Id);

        var between = await _rows.AsQueryable().ToConnectionAsync(
            PageRequest.From(50, all.Edges[10].Cursor, null, all.Edges[15].Cursor), row => row.Name, row => row.Id);

        between.Nodes.ShouldBe(_sorted[11..15]);
    }

    [Fact]
    public async Task ToConnectionAsync_SingleUniqueKey_PagesById()
    {
        var table = new RowCountingQueryable<Row>(_rows, rowLimit: 4);
        var first = await _rows.AsQueryable().ToConnectionAsync(PageRequest.From(3, null, null, null), row => row.Id);

        var second = await table.ToConnectionAsync(PageRequest.From(3, first.PageInfo.EndCursor, null, null), row => row.Id);

        second.Nodes.Select(row => row.Id).ShouldBe(_rows.Select(row => row.Id).Order().Skip(3).Take(3));
        table.RowsRead.ShouldBe(4);
    }

    [Fact]
    public async Task ToConnectionAsync_EmptyPage_HasNullCursorsAndNoNextPage()
    {
        var page = await Array.Empty<Row>().AsQueryable().ToConnectionAsync(PageRequest.From(5, null, null, null), row => row.Name, row => row.Id);

        page.Edges.ShouldBeEmpty();
        (page.PageInfo.StartCursor, page.PageInfo.EndCursor, page.PageInfo.HasNextPage).ShouldBe((null, null, false));
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("WzFd")] // [1]: one key where the ordering has two
    [InlineData("WyJhIiwieCJd")] // ["a","x"]: the id is not an int
    public async Task ToConnectionAsync_ForeignCursor_ThrowsNamingTheArgument(string cursor)
    {
        var error = await Should.ThrowAsync<GraphQLException>(() =>
            _rows.AsQueryable().ToConnectionAsync(PageRequest.From(5, cursor, null, null), row => row.Name, row => row.Id));

        error.Message.ShouldBe($"'after' is not a cursor of this connection: '{cursor}'. Use a cursor exactly as this field returned it.");
    }

    [Fact]
    public async Task TotalCountAsync_CountsTheWholeListOnlyWhenAsked()
    {
        var counted = 0;
        var page = await _rows.AsQueryable().ToConnectionAsync(
            PageRequest.From(5, null, null, null), row => row.Name, row => row.Id, countAsync: (query, _) =>
            {
                counted++;
                return Task.FromResult(query.Count());
            });

        counted.ShouldBe(0);
        (await page.TotalCountAsync(CancellationToken.None)).ShouldBe(50);
        counted.ShouldBe(1);
    }
}
