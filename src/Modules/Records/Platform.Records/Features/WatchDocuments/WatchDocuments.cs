using MediatR;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Features.WatchDocuments;

/// <summary>
/// May the caller follow documents as they arrive? Asked when a subscription starts, so a caller who may
/// not gets an error instead of a silent stream. Each event is then read as the caller (GetDocument),
/// which keeps a patient to their own documents.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Patient)]
internal sealed record WatchDocuments : IQuery<bool>;

internal sealed class WatchDocumentsHandler : IRequestHandler<WatchDocuments, bool>
{
    public Task<bool> Handle(WatchDocuments request, CancellationToken cancellationToken) => Task.FromResult(true);
}
