using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;

namespace Platform.Journeys.GraphQL;

[MutationType]
internal sealed class PathwayMutations
{
    [GraphQLDescription("Publishes the next version of a service line's pathway (administrators). Journeys on older versions keep theirs.")]
    public static async Task<CarePathwayPayload> PublishCarePathwayVersion(PublishCarePathwayVersion input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(input, cancellationToken);
        return new CarePathwayPayload(outcome.Result, outcome.Errors);
    }
}

internal sealed record CarePathwayPayload(
    [property: GraphQLDescription("The published version; null when errors is not empty.")] CarePathwayDto? Pathway,
    [property: GraphQLDescription("Why nothing was published; empty on success.")] IReadOnlyList<IUserError> Errors);
