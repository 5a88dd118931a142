using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;

namespace Platform.Journeys.GraphQL;

[GraphQLName("JourneyMonitoring")]
[GraphQLDescription("Remote monitoring on a journey: what is watched and what was read.")]
internal sealed class JourneyMonitoringGraphType(Guid journeyId, IReadOnlyList<MonitoredMeasureDto> measures)
{
    [GraphQLDescription("The measures monitored, each with its unit, thresholds, open alert task and last reading.")]
    public IReadOnlyList<MonitoredMeasureDto> Measures => measures;

    [GraphQLDescription("Readings newest taken first (1 to 100 a page); measure narrows them to one measure. Page on with after: pageInfo.endCursor.")]
    public async Task<Connection<ReadingDto>> Readings(IMediator mediator, CancellationToken cancellationToken, MonitoredMeasure? measure = null, int first = 25, string? after = null)
    {
        var page = await mediator.SendForGraphQLAsync(new ListReadings(journeyId, measure, first, after), cancellationToken);
        return Connection.Create(
            [.. page.Edges.Select(e => new Edge<ReadingDto>(e.Reading, e.Cursor))],
            hasPreviousPage: after is not null,
            hasNextPage: page.HasNextPage,
            totalCount: _ => ValueTask.FromResult(page.TotalCount));
    }
}
