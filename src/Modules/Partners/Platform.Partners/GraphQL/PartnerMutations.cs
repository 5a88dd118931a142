using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Partners.Contracts;

namespace Platform.Partners.GraphQL;

[MutationType]
internal sealed class PartnerMutations
{
    [GraphQLDescription("Tests a partner's connection now: runs its plugin's health check. An unknown or disabled partner comes back in errors. Administrators.")]
    public static async Task<TestPartnerConnectionPayload> TestPartnerConnection(TestPartnerConnectionInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new TestPartnerConnection(input.PartnerId), cancellationToken);
        return new TestPartnerConnectionPayload(outcome.Result, outcome.Errors);
    }
}

internal sealed record TestPartnerConnectionInput([property: GraphQLDescription("The partner's id, as listed by partners.")] string PartnerId);

internal sealed record TestPartnerConnectionPayload(
    [property: GraphQLDescription("The test's outcome; null when errors is not empty.")] PartnerConnectionTestDto? ConnectionTest,
    [property: GraphQLDescription("Why the test did not run; empty when it did.")] IReadOnlyList<IUserError> Errors);
