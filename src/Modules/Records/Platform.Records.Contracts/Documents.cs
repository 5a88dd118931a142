using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>
/// The bytes of an upload as the sender gave them: a file name, the media type they declared and a
/// stream to read once. The module checks the bytes against the declared type before storing anything.
/// </summary>
public sealed record DocumentContent(string FileName, string ContentType, Stream Content);

/// <summary>
/// Files a new document in the patient's record, optionally for a journey. Language is a BCP 47 tag.
/// RecordsRequestId marks it as received against that request (use <see cref="RecordRecordsReceived"/>
/// to also move the request on); TranslationOfId makes it the translation of that document, which
/// must have been sent for translation into this language. Patients may upload their own documents
/// (their source is then Patient).
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Patient)]
public sealed record UploadDocument(
    Guid PatientId,
    DocumentType Type,
    string Title,
    string Language,
    DocumentSource Source,
    DocumentContent Content,
    Guid? JourneyId = null,
    Guid? TranslationOfId = null) : ICommand<DocumentDto>, IPatientScoped;

/// <summary>Adds a new version of a document; the earlier versions stay readable.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
public sealed record UploadDocumentVersion(Guid PatientId, Guid DocumentId, long ExpectedVersion, DocumentContent Content, string? Note = null)
    : ICommand<DocumentDto>, IPatientScoped;

/// <summary>
/// One document's description and versions, for whoever may read it: care staff; the patient their
/// own; finance invoices only; partner agents, with a grant, only the types partners may read.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Patient, Roles.PartnerAgent)]
public sealed record GetDocument(Guid DocumentId) : IQuery<DocumentDto>;

/// <summary>
/// Opens a version of a document (the latest when Version is null) for download, under the same
/// rules as <see cref="GetDocument"/>. Every download is written to the audit trail.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Patient, Roles.PartnerAgent)]
public sealed record OpenDocumentContent(Guid DocumentId, int? Version = null) : IQuery<DocumentDownload>;

/// <summary>
/// The documents of several patients, newest first, First per patient (1 to 100), and only those the
/// caller may read: for a page of patients at once (GraphQL batches <c>Patient.documents</c> into one).
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Patient, Roles.PartnerAgent)]
[Audited("Document")]
public sealed record ListPatientsDocuments(IReadOnlyList<Guid> PatientIds, int First = 25, string? After = null, DocumentType? Type = null)
    : IQuery<IReadOnlyDictionary<Guid, DocumentPage>>;

/// <summary>A page of one patient's documents; TotalCount counts every document the caller may read.</summary>
public sealed record DocumentPage(IReadOnlyList<PagedDocument> Items, bool HasNextPage, bool HasPreviousPage, int TotalCount);

/// <summary>A document of a page and the cursor to page on from it.</summary>
public sealed record PagedDocument(DocumentDto Document, string Cursor);

[GraphQLName("DocumentVersion")]
public sealed record DocumentVersionDto(
    int Number,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset UploadedAt,
    string UploadedBy,
    string? Note);

/// <summary>A document in a patient's record, with every version (oldest first) and its translations.</summary>
[GraphQLName("Document")]
public sealed record DocumentDto(
    Guid Id,
    Guid PatientId,
    Guid? JourneyId,
    DocumentType Type,
    string Title,
    string Language,
    DocumentSource Source,
    DateTimeOffset CreatedAt,
    IReadOnlyList<DocumentVersionDto> Versions,
    Guid? TranslationOfId,
    Guid? RecordsRequestId,
    IReadOnlyList<TranslationDto> Translations,
    long Version)
{
    /// <summary>The newest version.</summary>
    [GraphQLDescription("The newest version.")]
    public DocumentVersionDto Current => Versions[^1];
}

/// <summary>A version's bytes, to stream to the reader; dispose it when done.</summary>
public sealed record DocumentDownload(Guid DocumentId, DocumentVersionDto Version, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
