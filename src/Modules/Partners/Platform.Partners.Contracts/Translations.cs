using MediatR;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Partners.Contracts;

/// <summary>
/// The interpreter-agency partners that can take a document translation now: configured for the
/// interpreter-agency capability, enabled and set up. Records asks it to choose where a job goes.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.System)]
public sealed record ListTranslationPartners : IQuery<IReadOnlyList<TranslationPartnerDto>>;

/// <summary>
/// Orders a document translation from an interpreter-agency partner. The partner sees the same order
/// again under the same IdempotencyKey, so a retry never orders twice. Never sent inside a database
/// transaction: the call is slow and can fail.
/// </summary>
[RequiresRole(Roles.System)]
public sealed record OrderPartnerTranslation(
    string PartnerId,
    string IdempotencyKey,
    PartnerFile Document,
    string SourceLanguage,
    string TargetLanguage,
    bool Certified,
    DateTimeOffset DueBy) : ICommand<PartnerTranslationOrderDto>;

/// <summary>Asks a partner where a translation job stands (and, once delivered, fetches the file).</summary>
[RequiresRole(Roles.System)]
public sealed record GetPartnerTranslation(string PartnerId, string JobReference) : IQuery<PartnerTranslationOrderDto>;

/// <summary>
/// Told in-process (not through an outbox: Partners keeps no tables) when an interpreter-agency partner
/// reports progress on a translation job, by its plugin or its webhook.
/// </summary>
public sealed record PartnerTranslationChanged(string PartnerId, PartnerTranslationJobDto Job, DateTimeOffset OccurredAt) : INotification;

/// <summary>An interpreter-agency partner that can take translations.</summary>
public sealed record TranslationPartnerDto(string PartnerId, string PluginId);

/// <summary>A file sent to or received from a partner.</summary>
public sealed record PartnerFile(string FileName, string ContentType, byte[] Content, string? Description = null);

/// <summary>How a partner answered an order or an inquiry.</summary>
public enum PartnerOrderOutcome
{
    /// <summary>The partner took it; Job says where it stands.</summary>
    Accepted,

    /// <summary>The partner refused it (Code, Message say why); ordering again will not help.</summary>
    Declined,

    /// <summary>The partner could not be reached or the call failed (Code is the failure category).</summary>
    Failed,
}

/// <summary>Where a partner's translation job stands, in the partner's own words.</summary>
public enum PartnerTranslationState
{
    Received,
    InProgress,
    Delivered,
    Cancelled,
    Rejected,
}

/// <summary>A partner's translation job.</summary>
public sealed record PartnerTranslationJobDto(
    string JobReference,
    PartnerTranslationState State,
    DateTimeOffset? DueAt,
    decimal? PriceAmount,
    string? PriceCurrency,
    PartnerFile? Translation,
    string? Note);

/// <summary>The answer to an order or an inquiry: the job when accepted, else the code and message.</summary>
public sealed record PartnerTranslationOrderDto(PartnerOrderOutcome Outcome, PartnerTranslationJobDto? Job, string? Code, string? Message);
