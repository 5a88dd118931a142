using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;

namespace Platform.Journeys.GraphQL;

[MutationType]
internal sealed class JourneyMutations
{
    [GraphQLDescription("Opens a journey; the patient's kind chooses the first stage unless startStage says otherwise, and a serviceLine plans its pathway's tasks.")]
    public static async Task<JourneyPayload> OpenJourney(OpenJourney input, IMediator mediator, CancellationToken cancellationToken) =>
        JourneyPayload.From(await mediator.SendForPayloadAsync(input, cancellationToken));

    [GraphQLDescription("Moves a journey to another stage; an illegal move comes back as a BusinessRuleError (ILLEGAL_STAGE_MOVE) naming the moves allowed.")]
    public static async Task<JourneyPayload> MoveJourneyStage(MoveJourneyStage input, IMediator mediator, CancellationToken cancellationToken) =>
        JourneyPayload.From(await mediator.SendForPayloadAsync(input, cancellationToken));

    [GraphQLDescription("Sets or moves a milestone date; open tasks due relative to it move with it and their owners are told.")]
    public static async Task<JourneyPayload> SetJourneyMilestone(SetJourneyMilestone input, IMediator mediator, CancellationToken cancellationToken) =>
        JourneyPayload.From(await mediator.SendForPayloadAsync(input, cancellationToken));

    [GraphQLDescription("Puts a person on the journey's care team (a coordinator or case manager replaces the one before).")]
    public static async Task<JourneyPayload> AssignCareTeamMember(AssignCareTeamMember input, IMediator mediator, CancellationToken cancellationToken) =>
        JourneyPayload.From(await mediator.SendForPayloadAsync(input, cancellationToken));

    [GraphQLDescription("Adds a note to the journey's timeline.")]
    public static async Task<TimelineEntryPayload> AddJourneyNote(AddJourneyNote input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(input, cancellationToken);
        return new TimelineEntryPayload(outcome.Result, outcome.Errors);
    }
}

internal sealed record JourneyPayload(
    [property: GraphQLDescription("The journey after the change; null when errors is not empty.")] JourneyGraphType? Journey,
    [property: GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IUserError> Errors)
{
    public static JourneyPayload From(MutationOutcome<JourneyDto> outcome) =>
        new(outcome.Result is { } journey ? new JourneyGraphType(journey) : null, outcome.Errors);
}

internal sealed record TimelineEntryPayload(
    [property: GraphQLDescription("The new entry; null when errors is not empty.")] TimelineEntryDto? Entry,
    [property: GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IUserError> Errors);
