using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;

namespace Platform.Journeys.GraphQL;

[MutationType]
internal sealed class FollowUpMutations
{
    [GraphQLDescription("Adds a follow-up to a discharged journey's plan; it becomes a care task for the owning role.")]
    public static Task<FollowUpPlanPayload> AddFollowUpItem(AddFollowUpItem input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Moves an open follow-up (and its task) to another date.")]
    public static Task<FollowUpPlanPayload> RescheduleFollowUpItem(RescheduleFollowUpItem input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Marks an open follow-up done, with its outcome.")]
    public static Task<FollowUpPlanPayload> CompleteFollowUpItem(CompleteFollowUpItem input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Skips an open follow-up, with the reason; its task is cancelled.")]
    public static Task<FollowUpPlanPayload> SkipFollowUpItem(SkipFollowUpItem input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    [GraphQLDescription("Ends a follow-up plan early with a reason (patient declined, care transferred to the home physician, died...); open follow-ups are cancelled and the journey may close.")]
    public static Task<FollowUpPlanPayload> EndFollowUpPlan(EndFollowUpPlan input, IMediator mediator, CancellationToken cancellationToken) => SendAsync(input, mediator, cancellationToken);

    private static async Task<FollowUpPlanPayload> SendAsync(IRequest<FollowUpPlanDto> request, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(request, cancellationToken);
        return new FollowUpPlanPayload(outcome.Result, outcome.Errors);
    }
}

internal sealed record FollowUpPlanPayload(
    [property: GraphQLDescription("The plan after the change; null when errors is not empty.")] FollowUpPlanDto? Plan,
    [property: GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IUserError> Errors);
