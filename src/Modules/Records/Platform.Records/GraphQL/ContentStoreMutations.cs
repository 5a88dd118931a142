using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.GraphQL;
using Platform.Records.Contracts;

namespace Platform.Records.GraphQL;

[MutationType]
internal sealed class ContentStoreMutations
{
    [GraphQLDescription("Administrators: removes files in the content store that no document version references and that are older than Records:OrphanGracePeriod, now (the background sweep does it every Records:OrphanSweepInterval); dryRun only counts.")]
    public static async Task<SweepOrphanFilesPayload> SweepOrphanFiles(SweepOrphanFilesInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.SweepOrphanFiles(input.DryRun), cancellationToken);
        return new SweepOrphanFilesPayload(outcome.Result, outcome.Errors);
    }
}

internal sealed record SweepOrphanFilesInput([property: GraphQLDescription("true: count what would be removed, remove nothing.")] bool DryRun = false);

internal sealed record SweepOrphanFilesPayload(OrphanSweepDto? Sweep, IReadOnlyList<IUserError> Errors);
