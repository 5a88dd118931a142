using System.Runtime.CompilerServices;
using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.CodeFirst;
using Platform.Journeys.Contracts;
using Platform.Journeys.Features.WatchJourneys;
using Platform.Kernel.Events;
using Platform.Kernel.GraphQL;
using Platform.Kernel.Security;

namespace Platform.Journeys.GraphQL;

[SubscriptionType]
internal sealed class JourneySubscriptions
{
    [GraphQLDescription("Each stage move from now on, once committed, as the journey after the move; journeyId narrows it to one journey. Only journeys you may read (as the journey query) are sent.")]
    public static async Task<IAsyncEnumerable<JourneyGraphType>> JourneyStageChanged(
        IMediator mediator, IEventBroker events, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken, Guid? journeyId = null)
    {
        // Refused at subscribe time, so the client gets an error instead of a stream that never speaks.
        await mediator.SendForGraphQLAsync(new WatchJourneys(), cancellationToken);
        if (journeyId is { } one)
        {
            await mediator.SendForGraphQLAsync(new GetJourney(one), cancellationToken);
        }

        return Readable(events.Subscribe<Contracts.JourneyStageChanged>(), journeyId, scopes, user, cancellationToken);
    }

    [GraphQLDescription("Tasks assigned to you or to a role you hold, and escalations of tasks you hold or coordinate, from now on.")]
    public static async Task<IAsyncEnumerable<TaskEvent>> TaskEvents(
        IMediator mediator, IEventBroker events, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await mediator.SendForGraphQLAsync(new WatchTasks(), cancellationToken);
        return Mine(events.Subscribe<CareTaskAssigned>(), events.Subscribe<CareTaskEscalated>(), scopes, user, cancellationToken);
    }

    [GraphQLDescription("Each reading out of its thresholds from now on, once recorded; journeyId or patientId narrows it. Only journeys you may read are sent: a patient hears of their own.")]
    public static async Task<IAsyncEnumerable<ReadingOutOfRange>> ReadingsOutOfRange(
        IMediator mediator, IEventBroker events, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken, Guid? journeyId = null, Guid? patientId = null)
    {
        await mediator.SendForGraphQLAsync(new WatchReadings(), cancellationToken);
        if (journeyId is { } one)
        {
            await mediator.SendForGraphQLAsync(new GetJourney(one), cancellationToken);
        }

        return OutOfRange(events.Subscribe<ReadingOutOfRange>(), journeyId, patientId, scopes, user, cancellationToken);
    }

    private static async IAsyncEnumerable<ReadingOutOfRange> OutOfRange(
        IEventSubscription<ReadingOutOfRange> alerts, Guid? journeyId, Guid? patientId, IServiceScopeFactory scopes, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var alert in alerts.WithCancellation(cancellationToken))
        {
            if ((journeyId is { } journey && alert.JourneyId != journey) || (patientId is { } patient && alert.PatientId != patient))
            {
                continue;
            }

            if (await AsUserAsync(scopes, user, new GetJourneyMonitoring([alert.JourneyId]), cancellationToken) is not null)
            {
                yield return alert;
            }
        }
    }

    private static async IAsyncEnumerable<JourneyGraphType> Readable(
        IEventSubscription<Contracts.JourneyStageChanged> moves, Guid? journeyId, IServiceScopeFactory scopes, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var moved in moves.WithCancellation(cancellationToken))
        {
            if (journeyId is { } one && moved.JourneyId != one)
            {
                continue;
            }

            if (await AsUserAsync(scopes, user, new GetJourney(moved.JourneyId), cancellationToken) is { } journey)
            {
                yield return new JourneyGraphType(journey);
            }
        }
    }

    /// <summary>Both kinds of task event in the order they arrive, kept to those about the subscriber's work.</summary>
    private static async IAsyncEnumerable<TaskEvent> Mine(
        IEventSubscription<CareTaskAssigned> assigned, IEventSubscription<CareTaskEscalated> escalated, IServiceScopeFactory scopes, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var me = user.FindFirst(PlatformClaims.Subject)?.Value;
        var channel = System.Threading.Channels.Channel.CreateUnbounded<(TaskEventKind Kind, Guid TaskId, Guid JourneyId, int Level)>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pumps = Task.WhenAll(
            PumpAsync(assigned, a => a.AssigneeUserId == me || (a.AssigneeUserId is null && user.IsInRole(a.OwnerRole)), a => (TaskEventKind.Assigned, a.TaskId, a.JourneyId, 0), channel.Writer, stop.Token),
            PumpAsync(escalated, e => e.AssigneeUserId == me || e.CoordinatorUserId == me || (e.AssigneeUserId is null && user.IsInRole(e.OwnerRole)), e => (TaskEventKind.Escalated, e.TaskId, e.JourneyId, e.Level), channel.Writer, stop.Token));
        try
        {
            await foreach (var (kind, taskId, journeyId, level) in channel.Reader.ReadAllAsync(cancellationToken))
            {
                var tasks = await AsUserAsync(scopes, user, new GetJourneyTasks([journeyId]), cancellationToken);
                if (tasks?.FirstOrDefault(t => t.Id == taskId) is { } task)
                {
                    yield return new TaskEvent(kind, level, task);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await pumps.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static async Task PumpAsync<T>(
        IEventSubscription<T> source, Func<T, bool> concerns, Func<T, (TaskEventKind, Guid, Guid, int)> shape, System.Threading.Channels.ChannelWriter<(TaskEventKind, Guid, Guid, int)> into, CancellationToken cancellationToken)
    {
        await foreach (var message in source.WithCancellation(cancellationToken))
        {
            if (concerns(message))
            {
                await into.WriteAsync(shape(message), cancellationToken);
            }
        }
    }

    /// <summary>Sends a read as the subscriber in a scope of its own; null when they may not read it.</summary>
    private static async Task<T?> AsUserAsync<T>(IServiceScopeFactory scopes, ClaimsPrincipal user, IRequest<T> request, CancellationToken cancellationToken)
        where T : class
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(user, "graphql-subscription");
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
        }
        catch (Exception ex) when (ex is AccessDeniedException or Kernel.Messaging.NotFoundException)
        {
            return null;
        }
    }
}

/// <summary>What happened to a task.</summary>
internal enum TaskEventKind
{
    /// <summary>Given to you or to your role.</summary>
    Assigned,

    /// <summary>Overdue and escalated one more level.</summary>
    Escalated,
}

/// <summary>A task assigned or escalated, with the task as it is now.</summary>
[GraphQLName("TaskEvent")]
internal sealed record TaskEvent(
    TaskEventKind Kind,
    [property: GraphQLDescription("The escalation level reached; 0 for an assignment.")] int EscalationLevel,
    [property: GraphQLDescription("The task as it is now.")] CareTaskDto Task);
