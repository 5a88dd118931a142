using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Records.Contracts;

namespace Platform.Records.GraphQL;

[MutationType]
internal sealed class HandBackMutations
{
    [GraphQLDescription("Shares a discharged journey's hand-back letter and the latest discharge summary with the patient's home physician until expiresAt; refused (CONSENT_REQUIRED) without the patient's consent. The token is shown only here.")]
    public static async Task<SendHandBackPackagePayload> SendHandBackPackage(SendHandBackPackageInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.SendHandBackPackage(input.JourneyId, input.ExpiresAt, input.Note), cancellationToken);
        return new SendHandBackPackagePayload(outcome.Result?.Share, outcome.Result?.Token, outcome.Result?.LetterDocumentId, outcome.Result?.DischargeSummaryDocumentId, outcome.Errors);
    }
}

internal sealed record SendHandBackPackageInput(Guid JourneyId, DateTimeOffset ExpiresAt, string? Note = null);

internal sealed record SendHandBackPackagePayload(
    ShareDto? Share,
    [property: GraphQLDescription("The home physician's access token: shown only now. They open /records/shares/{token}.")] string? Token,
    Guid? LetterDocumentId,
    Guid? DischargeSummaryDocumentId,
    IReadOnlyList<IUserError> Errors);
