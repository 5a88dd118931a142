using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Records.Contracts;

namespace Platform.Records.Documents;

/// <summary>A document in a patient's record. A new version never replaces the earlier ones.</summary>
internal sealed class Document : Aggregate
{
    private readonly List<DocumentVersion> _versions = [];
    private readonly List<TranslationJob> _translations = [];

    private Document()
    {
    }

    public Guid PatientId { get; private set; }

    public Guid? JourneyId { get; private set; }

    public DocumentType Type { get; private set; }

    public string Title { get; private set; } = "";

    public string Language { get; private set; } = "";

    public DocumentSource Source { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public Guid? TranslationOfId { get; private set; }

    public Guid? RecordsRequestId { get; private set; }

    public IReadOnlyList<DocumentVersion> Versions => _versions;

    public IReadOnlyList<TranslationJob> Translations => _translations;

    public DocumentVersion Current => _versions.MaxBy(v => v.Number)!;

    public static Document File(Guid patientId, Guid? journeyId, DocumentType type, string title, string language, DocumentSource source,
        Guid? translationOfId, Guid? recordsRequestId, StoredContent content, string by, DateTimeOffset now)
    {
        var document = new Document
        {
            PatientId = patientId,
            JourneyId = journeyId,
            Type = type,
            Title = title.Trim(),
            Language = language,
            Source = source,
            CreatedAt = now,
            CreatedBy = by,
            TranslationOfId = translationOfId,
            RecordsRequestId = recordsRequestId,
        };
        document._versions.Add(new DocumentVersion(document.Id, 1, content, by, now, note: null));
        return document;
    }

    public DocumentVersion AddVersion(StoredContent content, string by, DateTimeOffset now, string? note)
    {
        var version = new DocumentVersion(Id, _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1, content, by, now, note);
        _versions.Add(version);
        return version;
    }

    public TranslationJob SendForTranslation(string targetLanguage, bool certified, DateOnly dueOn, string? translator, string channel, string by, DateTimeOffset now)
    {
        if (string.Equals(targetLanguage, Language, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("TRANSLATION_SAME_LANGUAGE", $"Document '{Id}' is already in {Language}; choose another target language.");
        }

        if (_translations.Find(t => t.IsOpen && string.Equals(t.TargetLanguage, targetLanguage, StringComparison.OrdinalIgnoreCase)) is { } open)
        {
            throw new BusinessRuleException("TRANSLATION_ALREADY_SENT",
                $"Document '{Id}' was already sent for translation into {targetLanguage} on {open.SentAt:yyyy-MM-dd} (due {open.DueOn:yyyy-MM-dd}, {open.Channel}); wait for that translation or upload it first.");
        }

        var job = new TranslationJob(Id, targetLanguage, certified, dueOn, translator, channel, by, now);
        _translations.Add(job);
        return job;
    }

    /// <summary>Links an uploaded translation to the open job for its language.</summary>
    public TranslationJob CompleteTranslation(Document translation, DateTimeOffset now)
    {
        var job = _translations.Find(t => t.IsOpen && string.Equals(t.TargetLanguage, translation.Language, StringComparison.OrdinalIgnoreCase))
            ?? throw new BusinessRuleException("TRANSLATION_NOT_SENT",
                $"Document '{Id}' was not sent for translation into {translation.Language}: send it for translation first (sendDocumentForTranslation), then upload the translation.");
        job.Complete(translation.Id, now);
        return job;
    }

    public DocumentDto ToDto() => new(
        Id,
        PatientId,
        JourneyId,
        Type,
        Title,
        Language,
        Source,
        CreatedAt,
        [.. _versions.OrderBy(v => v.Number).Select(v => v.ToDto())],
        TranslationOfId,
        RecordsRequestId,
        [.. _translations.OrderBy(t => t.SentAt).Select(t => t.ToDto())],
        Version);
}

/// <summary>Bytes as they were stored: where, how many, their SHA-256 and what they are.</summary>
internal sealed record StoredContent(string StorageKey, string FileName, string ContentType, long Size, string Sha256);

/// <summary>One version of a document's bytes.</summary>
internal sealed class DocumentVersion
{
    private DocumentVersion()
    {
    }

    public DocumentVersion(Guid documentId, int number, StoredContent content, string by, DateTimeOffset now, string? note)
    {
        DocumentId = documentId;
        Number = number;
        StorageKey = content.StorageKey;
        FileName = content.FileName;
        ContentType = content.ContentType;
        Size = content.Size;
        Sha256 = content.Sha256;
        UploadedAt = now;
        UploadedBy = by;
        Note = note;
    }

    public Guid DocumentId { get; private set; }

    public int Number { get; private set; }

    public string StorageKey { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public string Sha256 { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";

    public string? Note { get; private set; }

    public DocumentVersionDto ToDto() => new(Number, FileName, ContentType, Size, Sha256, UploadedAt, UploadedBy, Note);
}
