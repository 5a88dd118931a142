using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>
/// Sends a document for translation into TargetLanguage (BCP 47), certified or not, due on DueOn.
/// With an interpreter-agency partner enabled the job goes to it (PartnerId names one; without it, the
/// one enabled agency; several need PartnerId): the order is placed after this command commits, with an
/// idempotency key made from the job, and the job moves on as the agency answers (Ordering, then Sent,
/// InProgress and Completed with the delivered file filed as a new document, or Declined/Failed with a
/// note). Manual, or no agency enabled: staff send it by hand and upload the translation with
/// <see cref="UploadDocument.TranslationOfId"/>, which links it and completes the job.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record SendDocumentForTranslation(
    Guid PatientId,
    Guid DocumentId,
    long ExpectedVersion,
    string TargetLanguage,
    bool Certified,
    DateOnly DueOn,
    string? Translator = null,
    string? PartnerId = null,
    bool Manual = false)
    : ICommand<DocumentDto>, IPatientScoped;

[GraphQLName("Translation")]
public sealed record TranslationDto(
    Guid Id,
    string TargetLanguage,
    bool Certified,
    DateOnly DueOn,
    string Channel,
    string? Translator,
    TranslationStatus Status,
    DateTimeOffset SentAt,
    string SentBy,
    Guid? TranslationDocumentId,
    DateTimeOffset? CompletedAt,
    [property: GraphQLDescription("The agency's job reference, once it took the order.")] string? PartnerReference = null,
    [property: GraphQLDescription("What the agency said: why it declined or rejected, why the order failed, its estimate.")] string? Note = null);
