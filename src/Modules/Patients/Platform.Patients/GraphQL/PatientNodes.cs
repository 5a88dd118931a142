using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Patients.GraphQL;

/// <summary>Patients as Relay nodes: <c>node(id:)</c> reads them through <see cref="GetPatient"/>, with its access rules.</summary>
internal static class PatientNodes
{
    /// <summary>The registry id in a global id argument of a query.</summary>
    /// <exception cref="GraphQLException">The id is not a patient's; the message names the argument and the type it names.</exception>
    public static Guid RegistryId(NodeId id, string argument) => PatientIds.TryGetPatientId(id, out var patientId)
        ? patientId
        : throw new GraphQLException(
            $"'{argument}' must be the global id of a Patient, but '{id}' is the id of a {id.TypeName}. Use a Patient's id as the API returned it.",
            new Dictionary<string, object?> { ["code"] = GraphQLRequests.ValidationFailed });

    /// <summary>
    /// Reads each patient asked for; a patient that does not exist is left out (node answers null),
    /// a patient the user may not see is refused as the field's error, as <c>patient(id:)</c> is.
    /// </summary>
    public static async ValueTask<IReadOnlyDictionary<string, PatientGraphType>> FetchAsync(IReadOnlyList<string> localIds, IResolverContext context)
    {
        var mediator = context.Services.GetRequiredService<IMediator>();
        var found = new Dictionary<string, PatientGraphType>(StringComparer.Ordinal);
        foreach (var localId in localIds)
        {
            if (!Guid.TryParseExact(localId, "D", out var patientId))
            {
                continue;
            }

            try
            {
                found[localId] = new PatientGraphType(await mediator.SendForGraphQLAsync(new GetPatient(patientId), context.CancellationToken));
            }
            catch (GraphQLException ex) when (ex.Extensions?.GetValueOrDefault("code") is GraphQLRequests.NotFound)
            {
                // An id of a record that does not exist answers null, as Relay's node field does.
            }
        }

        return found;
    }
}
