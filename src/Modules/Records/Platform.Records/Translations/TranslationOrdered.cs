using MediatR;

namespace Platform.Records.Translations;

/// <summary>Told through the outbox when a job for an agency is recorded: the order is placed after commit, once, under the job's idempotency key.</summary>
internal sealed record TranslationOrdered(Guid TranslationId, Guid DocumentId, Guid PatientId) : INotification;
