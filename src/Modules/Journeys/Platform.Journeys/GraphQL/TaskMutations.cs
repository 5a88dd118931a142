using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;

namespace Platform.Journeys.GraphQL;

[MutationType]
internal sealed class TaskMutations
{
    [GraphQLDescription("Adds a task to a journey by hand.")]
    public static Task<CareTaskPayload> CreateTask(CreateTask input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Gives a task to a person and/or hands it to another role; the new holder is told.")]
    public static Task<CareTaskPayload> AssignTask(AssignTask input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Marks an open task in progress.")]
    public static Task<CareTaskPayload> StartTask(StartTask input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Marks a task done.")]
    public static Task<CareTaskPayload> CompleteTask(CompleteTask input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Cancels a task that no longer applies.")]
    public static Task<CareTaskPayload> CancelTask(CancelTask input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Adds a comment to a task.")]
    public static Task<CareTaskPayload> CommentOnTask(CommentOnTask input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Runs one escalation pass now (administrators); the background service runs the same pass on its interval.")]
    public static async Task<EscalationPayload> RunTaskEscalation(IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new RunTaskEscalation(), cancellationToken);
        return new EscalationPayload(outcome.Result, outcome.Errors);
    }

    private static async Task<CareTaskPayload> SendAsync(IRequest<CareTaskDto> request, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(request, cancellationToken);
        return new CareTaskPayload(outcome.Result, outcome.Errors);
    }
}

internal sealed record CareTaskPayload(
    [property: GraphQLDescription("The task after the change; null when errors is not empty.")] CareTaskDto? Task,
    [property: GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IUserError> Errors);

internal sealed record EscalationPayload(
    [property: GraphQLDescription("What the pass escalated; null when errors is not empty.")] EscalationPassResult? Result,
    [property: GraphQLDescription("Why the pass did not run; empty on success.")] IReadOnlyList<IUserError> Errors);
