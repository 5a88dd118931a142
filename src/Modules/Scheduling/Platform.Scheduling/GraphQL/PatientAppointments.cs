using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts.GraphQL;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.GraphQL;

/// <summary>Adds <c>Patient.appointments</c>: every patient on a page is answered by one batched request.</summary>
internal sealed class PatientAppointments
{
    [GraphQLDescription("The patient's appointments by start time, each shown on the facility's and the patient's clock. Batched: a page of patients costs one query.")]
    public static async ValueTask<IReadOnlyList<AppointmentDto>> Appointments([Parent] PatientGraphType patient, IResolverContext context, IMediator mediator) =>
        await context.GroupedLoader<Guid, AppointmentDto>("appointments-of-patients", async (ids, cancellationToken) =>
            (await mediator.SendForGraphQLAsync(new GetAppointmentsOfPatients(ids), cancellationToken)).ToLookup(a => a.PatientId)).LoadAsync(patient.Record.Id);
}
