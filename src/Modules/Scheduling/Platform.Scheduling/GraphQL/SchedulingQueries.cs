using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.Kernel.GraphQL;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.GraphQL;

[QueryType]
internal sealed class SchedulingQueries
{
    [GraphQLDescription("One appointment; NOT_FOUND when there is none. A patient sees only their own; a partner agent only granted patients'.")]
    public static Task<AppointmentDto> Appointment(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForGraphQLAsync(new GetAppointment(id), cancellationToken);

    [GraphQLDescription("A page of appointments by start time, earliest first (1 to 100); page on with after: pageInfo.endCursor, keeping the filter. A patient sees only their own; a partner agent must name a granted patient.")]
    public static async Task<Connection<AppointmentDto>> Appointments(IMediator mediator, CancellationToken cancellationToken, AppointmentFilter? filter = null, int first = 25, string? after = null)
    {
        var search = new SearchAppointments(filter ?? new AppointmentFilter(), first, after);
        var page = await mediator.SendForGraphQLAsync(search, cancellationToken);
        return Connection.Create(
            [.. page.Edges.Select(e => new Edge<AppointmentDto>(e.Appointment, e.Cursor))],
            hasPreviousPage: after is not null,
            hasNextPage: page.HasNextPage,
            totalCount: async token => await mediator.SendForGraphQLAsync(new CountAppointments(search.Filter), token));
    }

    [GraphQLDescription("The center's clinicians by name, with their specialty and languages; inactive ones with includeInactive.")]
    public static Task<IReadOnlyList<ClinicianDto>> Clinicians(IMediator mediator, CancellationToken cancellationToken, bool includeInactive = false) =>
        mediator.SendForGraphQLAsync(new ListClinicians(includeInactive), cancellationToken);

    [GraphQLDescription("The center's rooms by name; inactive ones with includeInactive.")]
    public static Task<IReadOnlyList<RoomDto>> Rooms(IMediator mediator, CancellationToken cancellationToken, bool includeInactive = false) =>
        mediator.SendForGraphQLAsync(new ListRooms(includeInactive), cancellationToken);
}
