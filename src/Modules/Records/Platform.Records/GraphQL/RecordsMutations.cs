using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Types;
using Platform.Kernel.GraphQL;
using Platform.Records.Contracts;

namespace Platform.Records.GraphQL;

/// <summary>Mutations with files take them as <c>Upload</c> variables of a multipart request (see the README).</summary>
[MutationType]
internal sealed class RecordsMutations
{
    [GraphQLDescription("Files a document in the patient's record. The file's bytes must be what contentType says; too large, mismatched or refused files store nothing and come back in errors.")]
    public static async Task<UploadDocumentPayload> UploadDocument(UploadDocumentInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        await using var content = input.Content.OpenReadStream();
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.UploadDocument(input.PatientId, input.Type, input.Title, input.Language, input.Source, Content(input.Content, content), input.JourneyId, input.TranslationOfId),
            cancellationToken);
        return new UploadDocumentPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Adds a new version of a document; earlier versions stay.")]
    public static async Task<UploadDocumentVersionPayload> UploadDocumentVersion(UploadDocumentVersionInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        await using var content = input.Content.OpenReadStream();
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.UploadDocumentVersion(input.PatientId, input.DocumentId, input.ExpectedVersion, Content(input.Content, content), input.Note), cancellationToken);
        return new UploadDocumentVersionPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Asks a home-country provider for the patient's records.")]
    public static async Task<RequestRecordsPayload> RequestRecords(RequestRecordsInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.RequestRecords(input.PatientId, input.Provider, input.Requested, input.ExpectedTypes ?? [], input.DueBy, input.JourneyId), cancellationToken);
        return new RequestRecordsPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Notes that the provider was reminded.")]
    public static async Task<RemindRecordsRequestPayload> RemindRecordsRequest(RemindRecordsRequestInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.RemindRecordsRequest(input.PatientId, input.RequestId, input.ExpectedVersion, input.Note), cancellationToken);
        return new RemindRecordsRequestPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Files a document the provider sent against the request; complete: true when nothing more is awaited.")]
    public static async Task<RecordRecordsReceivedPayload> RecordRecordsReceived(RecordRecordsReceivedInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        await using var content = input.Content.OpenReadStream();
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.RecordRecordsReceived(input.PatientId, input.RequestId, input.ExpectedVersion, input.Type, input.Title, input.Language, Content(input.Content, content), input.Complete),
            cancellationToken);
        return new RecordRecordsReceivedPayload(outcome.Result?.Request, outcome.Result?.Document, outcome.Errors);
    }

    [GraphQLDescription("Stops waiting for a provider's records.")]
    public static async Task<CancelRecordsRequestPayload> CancelRecordsRequest(CancelRecordsRequestInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.CancelRecordsRequest(input.PatientId, input.RequestId, input.ExpectedVersion, input.Reason), cancellationToken);
        return new CancelRecordsRequestPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Sends a document for translation: to the interpreter-agency partner (partnerId, else the one enabled agency), which delivers the translation as a new document linked to this one; or by hand (manual: true, or no agency enabled), after which staff upload the translation with translationOfId. The job's status and note say how the agency answered.")]
    public static async Task<SendDocumentForTranslationPayload> SendDocumentForTranslation(SendDocumentForTranslationInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.SendDocumentForTranslation(input.PatientId, input.DocumentId, input.ExpectedVersion, input.TargetLanguage, input.Certified, input.DueOn, input.Translator, input.PartnerId, input.Manual),
            cancellationToken);
        return new SendDocumentForTranslationPayload(outcome.Result, outcome.Errors);
    }

    [GraphQLDescription("Shares documents with a named recipient until expiresAt; refused (CONSENT_REQUIRED) without the patient's consent. The token is shown only here.")]
    public static async Task<ShareDocumentsPayload> ShareDocuments(ShareDocumentsInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(
            new Contracts.ShareDocuments(input.PatientId, input.Recipient, input.DocumentIds, input.ExpiresAt, input.Note), cancellationToken);
        return new ShareDocumentsPayload(outcome.Result?.Share, outcome.Result?.Token, outcome.Errors);
    }

    [GraphQLDescription("Ends a share at once.")]
    public static async Task<RevokeSharePayload> RevokeShare(RevokeShareInput input, IMediator mediator, CancellationToken cancellationToken)
    {
        var outcome = await mediator.SendForPayloadAsync(new Contracts.RevokeShare(input.PatientId, input.ShareId, input.ExpectedVersion, input.Reason), cancellationToken);
        return new RevokeSharePayload(outcome.Result, outcome.Errors);
    }

    private static DocumentContent Content(FileUpload file, Stream content) => new(file.FileName, file.ContentType ?? "", content);
}

internal sealed record UploadDocumentInput(
    Guid PatientId,
    DocumentType Type,
    string Title,
    [property: GraphQLDescription("BCP 47 tag of the document's language, such as ar or en-GB.")] string Language,
    DocumentSource Source,
    [property: GraphQLDescription("The file: a part of the multipart request. Its declared type must match its bytes (PDF, PNG, JPEG, TIFF, DICOM or plain text).")] FileUpload Content,
    Guid? JourneyId = null,
    [property: GraphQLDescription("Makes this the translation of that document, which must have been sent for translation into this language.")] Guid? TranslationOfId = null);

internal sealed record UploadDocumentVersionInput(Guid PatientId, Guid DocumentId, long ExpectedVersion, FileUpload Content, string? Note = null);

internal sealed record RequestRecordsInput(Guid PatientId, RecordsProvider Provider, string Requested, DateOnly DueBy, IReadOnlyList<DocumentType>? ExpectedTypes = null, Guid? JourneyId = null);

internal sealed record RemindRecordsRequestInput(Guid PatientId, Guid RequestId, long ExpectedVersion, string? Note = null);

internal sealed record RecordRecordsReceivedInput(Guid PatientId, Guid RequestId, long ExpectedVersion, DocumentType Type, string Title, string Language, FileUpload Content, bool Complete = false);

internal sealed record CancelRecordsRequestInput(Guid PatientId, Guid RequestId, long ExpectedVersion, string Reason);

internal sealed record SendDocumentForTranslationInput(
    Guid PatientId,
    Guid DocumentId,
    long ExpectedVersion,
    string TargetLanguage,
    bool Certified,
    DateOnly DueOn,
    string? Translator = null,
    [property: GraphQLDescription("The interpreter-agency partner to order from; required when several are enabled.")] string? PartnerId = null,
    [property: GraphQLDescription("true: staff send it by hand even though an agency is enabled.")] bool Manual = false);

internal sealed record ShareDocumentsInput(Guid PatientId, ShareRecipient Recipient, IReadOnlyList<Guid> DocumentIds, DateTimeOffset ExpiresAt, string? Note = null);

internal sealed record RevokeShareInput(Guid PatientId, Guid ShareId, long ExpectedVersion, string? Reason = null);

internal sealed record UploadDocumentPayload(DocumentDto? Document, IReadOnlyList<IUserError> Errors);

internal sealed record UploadDocumentVersionPayload(DocumentDto? Document, IReadOnlyList<IUserError> Errors);

internal sealed record RequestRecordsPayload(RecordsRequestDto? RecordsRequest, IReadOnlyList<IUserError> Errors);

internal sealed record RemindRecordsRequestPayload(RecordsRequestDto? RecordsRequest, IReadOnlyList<IUserError> Errors);

internal sealed record RecordRecordsReceivedPayload(RecordsRequestDto? RecordsRequest, DocumentDto? Document, IReadOnlyList<IUserError> Errors);

internal sealed record CancelRecordsRequestPayload(RecordsRequestDto? RecordsRequest, IReadOnlyList<IUserError> Errors);

internal sealed record SendDocumentForTranslationPayload(DocumentDto? Document, IReadOnlyList<IUserError> Errors);

internal sealed record ShareDocumentsPayload(
    ShareDto? Share,
    [property: GraphQLDescription("The access token for the recipient: shown only now. The recipient opens /records/shares/{token}.")] string? Token,
    IReadOnlyList<IUserError> Errors);

internal sealed record RevokeSharePayload(ShareDto? Share, IReadOnlyList<IUserError> Errors);
