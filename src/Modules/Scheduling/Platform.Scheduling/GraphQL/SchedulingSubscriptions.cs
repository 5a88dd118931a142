using System.Runtime.CompilerServices;
using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Events;
using Platform.Kernel.GraphQL;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.GraphQL;

[SubscriptionType]
internal sealed class SchedulingSubscriptions
{
    [GraphQLDescription("Each change to an appointment from now on, once committed, as the appointment after it; patientId narrows it to one patient (a patient must name themself). Only appointments you may read are sent.")]
    public static async Task<IAsyncEnumerable<AppointmentDto>> AppointmentChanged(
        IMediator mediator, IEventBroker events, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken, Guid? patientId = null)
    {
        // Refused at subscribe time, so the client gets an error instead of a stream that never speaks.
        await mediator.SendForGraphQLAsync(new Features.ReadAppointments.WatchAppointments(patientId), cancellationToken);
        return Readable(events.Subscribe<Contracts.AppointmentChanged>(), patientId, scopes, user, cancellationToken);
    }

    private static async IAsyncEnumerable<AppointmentDto> Readable(
        IEventSubscription<Contracts.AppointmentChanged> changes, Guid? patientId, IServiceScopeFactory scopes, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var changed in changes.WithCancellation(cancellationToken))
        {
            if (patientId is { } one && changed.PatientId != one)
            {
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(user, "graphql-subscription");
            AppointmentDto? appointment;
            try
            {
                appointment = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetAppointment(changed.AppointmentId), cancellationToken);
            }
            catch (Exception ex) when (ex is AccessDeniedException or NotFoundException)
            {
                appointment = null;
            }

            if (appointment is not null)
            {
                yield return appointment;
            }
        }
    }
}
