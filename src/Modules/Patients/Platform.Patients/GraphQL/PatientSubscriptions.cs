using System.Runtime.CompilerServices;
using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Events;
using Platform.Kernel.GraphQL;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Contracts.GraphQL;
using Platform.Patients.Features.WatchPatientRegistrations;

namespace Platform.Patients.GraphQL;

[SubscriptionType]
internal sealed class PatientSubscriptions
{
    [GraphQLDescription("Each patient registered from now on, once the registration is committed; only patients you may read (as the patient query) are sent.")]
    public static async Task<IAsyncEnumerable<PatientGraphType>> PatientRegistered(
        IMediator mediator, IEventBroker events, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // Refused at subscribe time, so the client gets an error instead of a stream that never speaks.
        await mediator.SendForGraphQLAsync(new WatchPatientRegistrations(), cancellationToken);
        return Readable(events.Subscribe<PatientRegistered>(), scopes, user, cancellationToken);
    }

    /// <summary>
    /// The registered patients the subscriber may read: each is fetched with GetPatient in a scope of
    /// its own acting as the subscriber, so the query's access rules (and its audit) decide.
    /// </summary>
    private static async IAsyncEnumerable<PatientGraphType> Readable(
        IEventSubscription<PatientRegistered> registrations, IServiceScopeFactory scopes, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var registered in registrations.WithCancellation(cancellationToken))
        {
            PatientDto patient;
            await using (var scope = scopes.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(user, "graphql-subscription");
                try
                {
                    patient = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetPatient(registered.PatientId), cancellationToken);
                }
                catch (AccessDeniedException)
                {
                    continue;
                }
            }

            yield return new PatientGraphType(patient);
        }
    }
}
