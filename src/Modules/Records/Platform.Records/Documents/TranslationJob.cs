using Platform.Records.Contracts;

namespace Platform.Records.Documents;

/// <summary>
/// A translation of a document, from the moment it is sent until the translation is filed. Channel is
/// <see cref="ManualChannel"/> (staff send it by hand and upload the translation) or the id of the
/// interpreter-agency partner that takes it, whose answers move it on.
/// </summary>
internal sealed class TranslationJob
{
    public const string ManualChannel = "manual";

    private TranslationJob()
    {
    }

    public TranslationJob(Guid documentId, string targetLanguage, bool certified, DateOnly dueOn, string? translator, string channel, string by, DateTimeOffset now)
    {
        DocumentId = documentId;
        TargetLanguage = targetLanguage;
        Certified = certified;
        DueOn = dueOn;
        Translator = translator;
        Channel = channel;
        Status = channel == ManualChannel ? TranslationStatus.Sent : TranslationStatus.Ordering;
        SentAt = now;
        SentBy = by;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DocumentId { get; private set; }

    public string TargetLanguage { get; private set; } = "";

    public bool Certified { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string Channel { get; private set; } = "";

    public string? Translator { get; private set; }

    public TranslationStatus Status { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public string SentBy { get; private set; } = "";

    public Guid? TranslationDocumentId { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The agency's job reference, once it took the order.</summary>
    public string? PartnerReference { get; private set; }

    /// <summary>The agency's last word, or why the order failed.</summary>
    public string? Note { get; private set; }

    public bool IsManual => Channel == ManualChannel;

    /// <summary>Still waiting for a translation (a closed job frees its language for a new one).</summary>
    public bool IsOpen => Status is TranslationStatus.Sent or TranslationStatus.Ordering or TranslationStatus.InProgress;

    /// <summary>Sent to the agency under this key; the same job always gives the same key, so a retried order is the same order.</summary>
    public string IdempotencyKey => $"records-translation-{Id:N}";

    public void Complete(Guid translationDocumentId, DateTimeOffset now)
    {
        TranslationDocumentId = translationDocumentId;
        CompletedAt = now;
        Status = TranslationStatus.Completed;
    }

    /// <summary>The agency took the order.</summary>
    public void Taken(string reference, string? note)
    {
        PartnerReference = reference;
        Note = Clip(note);
        if (Status == TranslationStatus.Ordering)
        {
            Status = TranslationStatus.Sent;
        }
    }

    /// <summary>The agency reports it is translating; an earlier or later report arriving late changes nothing.</summary>
    public bool Started(string? note)
    {
        if (Status is not (TranslationStatus.Sent or TranslationStatus.Ordering))
        {
            return false;
        }

        Status = TranslationStatus.InProgress;
        Note = Clip(note) ?? Note;
        return true;
    }

    /// <summary>Closes the job without a translation: declined, failed or cancelled, with why.</summary>
    public void Close(TranslationStatus status, string note, DateTimeOffset now)
    {
        Status = status;
        Note = Clip(note);
        CompletedAt = now;
    }

    public TranslationDto ToDto() => new(Id, TargetLanguage, Certified, DueOn, Channel, Translator, Status, SentAt, SentBy, TranslationDocumentId, CompletedAt, PartnerReference, Note);

    private static string? Clip(string? text) => text is { Length: > Persistence.RecordsDbContext.TextLength } ? text[..Persistence.RecordsDbContext.TextLength] : text;
}
