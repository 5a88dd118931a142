using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.Content;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;
using Platform.Records.Requests;

namespace Platform.Records.Features.RecordRecordsReceived;

internal sealed class RecordRecordsReceivedValidator : IValidator<Contracts.RecordRecordsReceived>
{
    public ValueTask ValidateAsync(Contracts.RecordRecordsReceived request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("requestId", request.RequestId);
        DocumentRules.Defined(errors, "type", request.Type);
        DocumentRules.Title(errors, "title", request.Title);
        DocumentRules.Language(errors, "language", request.Language);
        DocumentRules.Content(errors, "content", request.Content);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Files the provider's document and moves the request on, in one transaction.</summary>
internal sealed class RecordRecordsReceivedHandler(RecordsDbContext db, UploadIntake intake, IOptions<RecordsOptions> options, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.RecordRecordsReceived, RecordsReceipt>
{
    public async Task<RecordsReceipt> Handle(Contracts.RecordRecordsReceived request, CancellationToken cancellationToken)
    {
        var records = await db.RecordsRequests.SingleOrDefaultAsync(r => r.Id == request.RequestId && r.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(RecordsRequest), request.RequestId);
        db.ExpectVersion(records, request.ExpectedVersion);
        var now = clock.GetUtcNow();
        records.Receive(request.Complete, options.Value.ReminderInterval, now);
        var content = await intake.TakeAsync(nameof(Contracts.RecordRecordsReceived), "content", request.Content, cancellationToken);
        var document = Document.File(records.PatientId, records.JourneyId, request.Type, request.Title, DocumentRules.CanonicalLanguage(request.Language),
            DocumentSource.HomeProvider, translationOfId: null, records.Id, content, user.UserId, now);
        db.Documents.Add(document);
        db.PublishDocumentAdded(document, document.Current);
        await db.SaveChangesAsync(cancellationToken);
        return new RecordsReceipt((await db.ToDtosAsync([records], now, cancellationToken))[0], document.ToDto());
    }
}
