using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>
/// Marks a document as sent for translation into TargetLanguage (BCP 47), certified or not, due on
/// DueOn. This is the manual path: staff send it to a translator and upload the translation with
/// <see cref="UploadDocument.TranslationOfId"/>, which links it and completes the translation. An
/// interpreter-agency partner plugin will take the job through its own channel (Channel).
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record SendDocumentForTranslation(Guid PatientId, Guid DocumentId, long ExpectedVersion, string TargetLanguage, bool Certified, DateOnly DueOn, string? Translator = null)
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
    DateTimeOffset? CompletedAt);
