using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;

namespace Platform.Journeys.GraphQL;

[QueryType]
internal sealed class JourneyQueries
{
    [GraphQLDescription("One journey by id; NOT_FOUND when there is none. A patient sees only their own; a partner agent only granted patients'.")]
    public static async Task<JourneyGraphType?> Journey(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        new(await mediator.SendForGraphQLAsync(new GetJourney(id), cancellationToken));

    [GraphQLDescription("A page of journeys (1 to 100), filtered and ordered; page on with after: pageInfo.endCursor, keeping filter and orderBy. Staff see every journey, a patient their own, a partner agent those of the patients its organization holds a grant for.")]
    public static async Task<Connection<JourneyGraphType>> Journeys(
        IMediator mediator,
        CancellationToken cancellationToken,
        JourneyFilter? filter = null,
        JourneyOrder orderBy = JourneyOrder.UpdatedNewestFirst,
        int first = 25,
        string? after = null)
    {
        var search = new SearchJourneys(filter ?? new JourneyFilter(), orderBy, first, after);
        var page = await mediator.SendForGraphQLAsync(search, cancellationToken);
        return Connection.Create(
            [.. page.Edges.Select(e => new Edge<JourneyGraphType>(new JourneyGraphType(e.Journey), e.Cursor))],
            hasPreviousPage: after is not null,
            hasNextPage: page.HasNextPage,
            totalCount: async token => await mediator.SendForGraphQLAsync(new CountJourneys(search.Filter), token));
    }

    [GraphQLDescription("The signed-in user's open tasks, overdue first.")]
    public static Task<IReadOnlyList<CareTaskDto>> MyTasks(IMediator mediator, CancellationToken cancellationToken, int first = 50) =>
        mediator.SendForGraphQLAsync(new ListWorkQueueTasks(First: first), cancellationToken);

    [GraphQLDescription("A role's open tasks that no person holds yet (with includeAssigned, all of the role's open tasks), overdue first. role is a role name such as coordinator.")]
    public static Task<IReadOnlyList<CareTaskDto>> WorkQueue(string role, IMediator mediator, CancellationToken cancellationToken, bool includeAssigned = false, int first = 50) =>
        mediator.SendForGraphQLAsync(new ListWorkQueueTasks(role, null, includeAssigned, first), cancellationToken);

    [GraphQLDescription("Tasks done on time, done late and still open, overall, by role and by pathway step, for tasks due in [from, to).")]
    public static Task<ServiceLevelReport> ServiceLevelReport(IMediator mediator, CancellationToken cancellationToken, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        mediator.SendForGraphQLAsync(new GetServiceLevelReport(from, to), cancellationToken);

    [GraphQLDescription("Published care pathways: the latest version per service line, or every version with allVersions.")]
    public static Task<IReadOnlyList<CarePathwayDto>> CarePathways(IMediator mediator, CancellationToken cancellationToken, string? serviceLine = null, bool allVersions = false) =>
        mediator.SendForGraphQLAsync(new ListCarePathways(serviceLine, allVersions), cancellationToken);
}
