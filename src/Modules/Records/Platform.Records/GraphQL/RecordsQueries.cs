using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Records.Contracts;

namespace Platform.Records.GraphQL;

[QueryType]
internal sealed class RecordsQueries
{
    [GraphQLDescription("One document with its versions and translations; NOT_FOUND when there is none, FORBIDDEN when the caller may not read it. Download its bytes at /records/documents/{id}/content.")]
    public static Task<DocumentDto> Document(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForGraphQLAsync(new GetDocument(id), cancellationToken);

    [GraphQLDescription("Requests for records from home-country providers, newest first: one patient's when patientId is given, else every open one; remindersDueOnly keeps those to chase now.")]
    public static Task<IReadOnlyList<RecordsRequestDto>> RecordsRequests(IMediator mediator, CancellationToken cancellationToken, Guid? patientId = null, bool remindersDueOnly = false, int first = 50) =>
        mediator.SendForGraphQLAsync(new ListRecordsRequests(patientId, remindersDueOnly, first), cancellationToken);
}
