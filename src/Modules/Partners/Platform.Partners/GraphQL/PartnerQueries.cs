using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Partners.Contracts;

namespace Platform.Partners.GraphQL;

[QueryType]
internal sealed class PartnerQueries
{
    [GraphQLDescription("Every partner the hospital configured (a handful, so a list): plugin, version, capability, state, health, last error and call metrics. Administrators and coordinators.")]
    public static Task<IReadOnlyList<PartnerDto>> Partners(IMediator mediator, CancellationToken cancellationToken) =>
        mediator.SendForGraphQLAsync(new ListPartners(), cancellationToken);
}
