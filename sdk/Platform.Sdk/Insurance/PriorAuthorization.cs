namespace Platform.Sdk.Insurance;

/// <summary>A prior authorization request (X12 278 request, Da Vinci PAS Claim with use "preauthorization").</summary>
/// <param name="Member">The patient.</param>
/// <param name="Provider">The treating provider.</param>
/// <param name="Setting">Where care is delivered.</param>
/// <param name="Diagnoses">Diagnoses justifying the services, ICD-10 codes first.</param>
/// <param name="Services">The services to authorize.</param>
/// <param name="PlannedPeriod">When the services are planned.</param>
/// <param name="ClinicalSummary">The clinical justification in words.</param>
/// <param name="Attachments">Supporting documents (reports, images, referral).</param>
/// <param name="IsUrgent">Whether an expedited review is asked for.</param>
public sealed record PriorAuthorizationRequest(
    Member Member,
    Provider Provider,
    CareSetting Setting,
    IReadOnlyList<Coding> Diagnoses,
    IReadOnlyList<RequestedService> Services,
    DatePeriod PlannedPeriod,
    string? ClinicalSummary = null,
    IReadOnlyList<SupportingDocument>? Attachments = null,
    bool IsUrgent = false);

/// <summary>Where a prior authorization stands (X12 278 HCR action codes, PAS review action).</summary>
public enum PriorAuthorizationStatus
{
    /// <summary>Under review; no decision yet (HCR A4).</summary>
    Pended,

    /// <summary>Approved as requested (HCR A1).</summary>
    Approved,

    /// <summary>Approved in part: fewer units or days, or some services only (HCR A6, modified).</summary>
    PartiallyApproved,

    /// <summary>Denied (HCR A3).</summary>
    Denied,

    /// <summary>Withdrawn by the provider or cancelled by the payor.</summary>
    Cancelled,
}

/// <summary>The payor's decision on a prior authorization.</summary>
/// <param name="Reference">The payor's reference for the request (its tracking number).</param>
/// <param name="Status">Where the request stands.</param>
/// <param name="AuthorizationNumber">The authorization number to quote on the claim, once approved.</param>
/// <param name="AuthorizedPeriod">When the authorized services may be delivered.</param>
/// <param name="Services">The decision per requested service.</param>
/// <param name="ReasonCode">The payor's reason code for a denial or partial approval.</param>
/// <param name="Reason">The reason in words.</param>
/// <param name="DecidedAt">When the decision was made; <see langword="null"/> while pended.</param>
public sealed record PriorAuthorizationDecision(
    string Reference,
    PriorAuthorizationStatus Status,
    string? AuthorizationNumber,
    DatePeriod? AuthorizedPeriod,
    IReadOnlyList<ServiceDecision> Services,
    string? ReasonCode = null,
    string? Reason = null,
    DateTimeOffset? DecidedAt = null);

/// <summary>The decision on one requested service.</summary>
/// <param name="Service">The service as requested.</param>
/// <param name="Status">Its decision.</param>
/// <param name="AuthorizedQuantity">Units, visits or days authorized (0 when denied).</param>
/// <param name="ReasonCode">The payor's reason code when not approved as requested.</param>
public sealed record ServiceDecision(Coding Service, PriorAuthorizationStatus Status, int AuthorizedQuantity, string? ReasonCode = null);

/// <summary>A pended prior authorization was decided (reported later, by the plugin or a webhook).</summary>
/// <param name="Reference">The payor's reference for the request.</param>
/// <param name="OccurredAt">When the payor decided.</param>
/// <param name="Decision">The decision.</param>
public sealed record PriorAuthorizationDecided(string Reference, DateTimeOffset OccurredAt, PriorAuthorizationDecision Decision)
    : PartnerEvent(Reference, OccurredAt);
