using MediatR;

namespace Platform.Records.Contracts;

/// <summary>
/// Told (through the outbox, after commit) when a document or a new version of one is filed: an upload,
/// records received against a request, a translation delivered by an agency.
/// </summary>
public sealed record DocumentAdded(Guid DocumentId, Guid PatientId, int VersionNumber, DocumentType Type, string Title, Guid? TranslationOfId, string By, DateTimeOffset At) : INotification;

/// <summary>Told (through the outbox) when a translation job is created or moves: ordered, taken, declined, failed, completed.</summary>
public sealed record TranslationChanged(Guid TranslationId, Guid DocumentId, Guid PatientId, TranslationStatus Status, string Channel, DateTimeOffset At) : INotification;
