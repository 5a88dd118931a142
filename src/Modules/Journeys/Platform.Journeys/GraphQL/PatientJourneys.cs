using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Journeys.GraphQL;

/// <summary>Adds <c>Patient.journeys</c>: every patient on a page is answered by one batched request.</summary>
internal sealed class PatientJourneys
{
    [GraphQLDescription("The patient's journeys, newest first. Batched: a page of patients costs one query.")]
    public static async ValueTask<IReadOnlyList<JourneyGraphType>> Journeys([Parent] PatientGraphType patient, IResolverContext context, IMediator mediator)
    {
        var journeys = await context.GroupedLoader<Guid, JourneyDto>("journeys-of-patients", async (ids, cancellationToken) =>
            (await mediator.SendForGraphQLAsync(new GetJourneysOfPatients(ids), cancellationToken)).ToLookup(j => j.PatientId)).LoadAsync(patient.Record.Id);
        return [.. journeys.Select(j => new JourneyGraphType(j))];
    }
}
