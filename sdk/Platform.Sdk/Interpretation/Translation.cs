namespace Platform.Sdk.Interpretation;

/// <summary>A document translation order.</summary>
/// <param name="Document">The document to translate.</param>
/// <param name="SourceLanguage">Its language as a BCP 47 tag.</param>
/// <param name="TargetLanguage">The language to translate into, as a BCP 47 tag.</param>
/// <param name="Certified">Whether a certified (sworn) translation is needed, e.g. for a visa or a court.</param>
/// <param name="DueBy">When the translation is needed.</param>
/// <param name="Specialty">The medical specialty, for terminology.</param>
public sealed record TranslationRequest(SupportingDocument Document, string SourceLanguage, string TargetLanguage, bool Certified, DateTimeOffset DueBy, string? Specialty = null);

/// <summary>Where a translation job stands.</summary>
public enum TranslationJobState
{
    /// <summary>Received, not started.</summary>
    Received,

    /// <summary>Being translated or reviewed.</summary>
    InProgress,

    /// <summary>Done; the translation is attached.</summary>
    Delivered,

    /// <summary>Cancelled.</summary>
    Cancelled,

    /// <summary>The agency cannot do it (unreadable source, language not offered).</summary>
    Rejected,
}

/// <summary>A translation job.</summary>
/// <param name="JobReference">The agency's job reference.</param>
/// <param name="State">Where it stands.</param>
/// <param name="DueAt">When the agency commits to deliver.</param>
/// <param name="Price">The agency's price.</param>
/// <param name="Translation">The translated document, once delivered.</param>
/// <param name="Note">The agency's remark (e.g. why it was rejected).</param>
public sealed record TranslationJob(string JobReference, TranslationJobState State, DateTimeOffset? DueAt, MonetaryAmount? Price = null, SupportingDocument? Translation = null, string? Note = null);

/// <summary>A translation job changed (reported by the plugin or a webhook).</summary>
/// <param name="Reference">The agency's job reference.</param>
/// <param name="OccurredAt">When it changed.</param>
/// <param name="Job">The job as it now stands.</param>
public sealed record TranslationJobChanged(string Reference, DateTimeOffset OccurredAt, TranslationJob Job)
    : PartnerEvent(Reference, OccurredAt);
