using System.Runtime.CompilerServices;
using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Events;
using Platform.Kernel.GraphQL;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Records.Contracts;
using Platform.Records.Features.WatchDocuments;

namespace Platform.Records.GraphQL;

[SubscriptionType]
internal sealed class RecordsSubscriptions
{
    [GraphQLDescription("Documents filed from now on, once committed (uploads, new versions, records received, translations an agency delivered), as the document now stands; patientId narrows it to one patient. Only documents you may read are sent: a patient sees their own.")]
    public static async Task<IAsyncEnumerable<DocumentDto>> DocumentAdded(
        IMediator mediator, IEventBroker events, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken, Guid? patientId = null)
    {
        await RefuseEarlyAsync(mediator, patientId, cancellationToken);
        return Added(events.Subscribe<Contracts.DocumentAdded>(), patientId, scopes, user, cancellationToken);
    }

    [GraphQLDescription("Translation jobs created or moved from now on (ordered, taken by the agency, in progress, delivered, declined, failed), with the original document as it now stands; patientId narrows it to one patient.")]
    public static async Task<IAsyncEnumerable<TranslationChange>> TranslationChanged(
        IMediator mediator, IEventBroker events, IServiceScopeFactory scopes, ClaimsPrincipal user, CancellationToken cancellationToken, Guid? patientId = null)
    {
        await RefuseEarlyAsync(mediator, patientId, cancellationToken);
        return Moved(events.Subscribe<Contracts.TranslationChanged>(), patientId, scopes, user, cancellationToken);
    }

    /// <summary>Refused at subscribe time, so the client gets an error instead of a stream that never speaks.</summary>
    private static async Task RefuseEarlyAsync(IMediator mediator, Guid? patientId, CancellationToken cancellationToken)
    {
        await mediator.SendForGraphQLAsync(new WatchDocuments(), cancellationToken);
        if (patientId is { } one)
        {
            // The patient must be one the caller may read (a patient only themselves).
            await mediator.SendForGraphQLAsync(new GetPatient(one), cancellationToken);
        }
    }

    private static async IAsyncEnumerable<DocumentDto> Added(
        IEventSubscription<Contracts.DocumentAdded> added, Guid? patientId, IServiceScopeFactory scopes, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var filed in added.WithCancellation(cancellationToken))
        {
            if ((patientId is null || filed.PatientId == patientId) && await ReadAsync(scopes, user, filed.DocumentId, cancellationToken) is { } document)
            {
                yield return document;
            }
        }
    }

    private static async IAsyncEnumerable<TranslationChange> Moved(
        IEventSubscription<Contracts.TranslationChanged> moves, Guid? patientId, IServiceScopeFactory scopes, ClaimsPrincipal user, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var moved in moves.WithCancellation(cancellationToken))
        {
            if ((patientId is null || moved.PatientId == patientId)
                && await ReadAsync(scopes, user, moved.DocumentId, cancellationToken) is { } document
                && document.Translations.FirstOrDefault(t => t.Id == moved.TranslationId) is { } translation)
            {
                yield return new TranslationChange(moved.Status, moved.At, translation, document);
            }
        }
    }

    /// <summary>Reads the document as the subscriber in a scope of its own; null when they may not read it.</summary>
    private static async Task<DocumentDto?> ReadAsync(IServiceScopeFactory scopes, ClaimsPrincipal user, Guid documentId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(user, "graphql-subscription");
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetDocument(documentId), cancellationToken);
        }
        catch (Exception ex) when (ex is AccessDeniedException or NotFoundException)
        {
            return null;
        }
    }
}

/// <summary>A translation job as it now stands, with the document it translates.</summary>
[GraphQLName("TranslationChange")]
internal sealed record TranslationChange(
    [property: GraphQLDescription("The status this change moved the job to (the job may have moved on since: see translation).")] TranslationStatus Status,
    [property: GraphQLDescription("When it changed.")] DateTimeOffset At,
    [property: GraphQLDescription("The job as it now stands: status, channel (manual or the agency), the agency's reference and note.")] TranslationDto Translation,
    [property: GraphQLDescription("The original document, with all its translation jobs.")] DocumentDto Document);
