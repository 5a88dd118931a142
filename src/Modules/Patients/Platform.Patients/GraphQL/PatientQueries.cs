using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Patients.GraphQL;

[QueryType]
internal sealed class PatientQueries
{
    [GraphQLDescription("One patient by id; NOT_FOUND when there is no such record.")]
    public static async Task<PatientGraphType?> Patient(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        new(await mediator.SendForGraphQLAsync(new GetPatient(id), cancellationToken));

    [GraphQLDescription("A page of patients by family name (1 to 100); pass the previous page's nextCursor as after. name matches any part of any name, ignoring case and accents.")]
    public static Task<PatientPage> Patients(IMediator mediator, CancellationToken cancellationToken, int first = 25, string? after = null, string? name = null) =>
        mediator.SendForGraphQLAsync(new SearchPatients(Name: name, First: first, After: after), cancellationToken);
}
