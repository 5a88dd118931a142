using System.Globalization;
using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts.GraphQL;
using Platform.Records.Contracts;

namespace Platform.Records.GraphQL;

/// <summary><c>Patient.documents</c>: for a page of patients, one batched request for all their documents.</summary>
[ExtendType(typeof(PatientGraphType))]
internal sealed class PatientDocuments
{
    [GraphQLDescription("The patient's documents the caller may read, newest first (1 to 100 per page).")]
    public static async Task<Connection<DocumentDto>> Documents(
        [Parent] PatientGraphType patient, IResolverContext context, IMediator mediator,
        int first = 25, string? after = null, DocumentType? type = null)
    {
        // One loader per argument combination: patients asked with the same arguments share a batch.
        var name = string.Create(CultureInfo.InvariantCulture, $"records.documents:{first}:{after}:{type}");
        var loader = context.BatchLoader<Guid, DocumentPage>(name, async (patientIds, ct) =>
            await mediator.SendForGraphQLAsync(new ListPatientsDocuments(patientIds, first, after, type), ct));
        var page = await loader.LoadAsync(patient.Record.Id) ?? new DocumentPage([], false, after is not null, 0);
        return Connection.Create(
            [.. page.Items.Select(i => new Edge<DocumentDto>(i.Document, i.Cursor))],
            page.HasPreviousPage,
            page.HasNextPage,
            _ => ValueTask.FromResult(page.TotalCount));
    }
}
