namespace Platform.Sdk.Insurance;

/// <summary>A claim (X12 837I/837P, FHIR Claim with use "claim").</summary>
/// <param name="ProviderClaimId">The hospital's own claim or patient-account number; the payor echoes it back.</param>
/// <param name="Member">The patient.</param>
/// <param name="Provider">The billing provider.</param>
/// <param name="Setting">Institutional inpatient, outpatient or emergency.</param>
/// <param name="Diagnoses">Diagnoses, principal first.</param>
/// <param name="Lines">The billed lines.</param>
/// <param name="Total">The total billed; equals the sum of the lines.</param>
/// <param name="ServicePeriod">From the first to the last date of service.</param>
/// <param name="AuthorizationNumber">The prior authorization number, when one was issued.</param>
/// <param name="GuaranteeNumber">The guarantee of payment number, when one was issued.</param>
/// <param name="Attachments">Invoice, discharge summary, reports.</param>
public sealed record ClaimSubmission(
    string ProviderClaimId,
    Member Member,
    Provider Provider,
    CareSetting Setting,
    IReadOnlyList<Coding> Diagnoses,
    IReadOnlyList<ClaimLine> Lines,
    MonetaryAmount Total,
    DatePeriod ServicePeriod,
    string? AuthorizationNumber = null,
    string? GuaranteeNumber = null,
    IReadOnlyList<SupportingDocument>? Attachments = null);

/// <summary>One billed line.</summary>
/// <param name="Sequence">Line number, from 1.</param>
/// <param name="Service">The procedure, revenue or service code.</param>
/// <param name="ServiceDate">When it was delivered.</param>
/// <param name="Quantity">Units.</param>
/// <param name="Charge">The line's billed amount.</param>
public sealed record ClaimLine(int Sequence, Coding Service, DateOnly ServiceDate, decimal Quantity, MonetaryAmount Charge);

/// <summary>The payor's receipt of a claim (X12 999/277CA, FHIR ClaimResponse with outcome "queued").</summary>
/// <param name="ClaimReference">The payor's claim reference (ICN) for status inquiries.</param>
/// <param name="ReceivedAt">When the payor received it.</param>
public sealed record ClaimAcknowledgement(string ClaimReference, DateTimeOffset ReceivedAt);

/// <summary>Where a claim stands (X12 277 category codes, FHIR ClaimResponse.outcome).</summary>
public enum ClaimState
{
    /// <summary>Received, not yet reviewed.</summary>
    Received,

    /// <summary>In adjudication.</summary>
    InReview,

    /// <summary>Waiting for information from the provider.</summary>
    Pended,

    /// <summary>Paid in full of the allowed amount.</summary>
    Paid,

    /// <summary>Paid in part.</summary>
    PartiallyPaid,

    /// <summary>Denied; may be appealed.</summary>
    Denied,
}

/// <summary>A claim's status and, once adjudicated, its remittance.</summary>
/// <param name="ClaimReference">The payor's claim reference.</param>
/// <param name="ProviderClaimId">The hospital's claim id, as submitted.</param>
/// <param name="State">Where the claim stands.</param>
/// <param name="UpdatedAt">When the payor last changed it.</param>
/// <param name="StatusCode">The payor's status code (X12 277 STC), if any.</param>
/// <param name="Message">The payor's remark.</param>
/// <param name="Remittance">The payment advice once paid or denied (X12 835).</param>
public sealed record ClaimStatus(string ClaimReference, string ProviderClaimId, ClaimState State, DateTimeOffset UpdatedAt, string? StatusCode = null, string? Message = null, Remittance? Remittance = null);

/// <summary>The payment advice (X12 835, FHIR ClaimResponse payment and adjudication).</summary>
/// <param name="Paid">What the payor pays.</param>
/// <param name="PatientResponsibility">What the patient owes (deductible, coinsurance, non-covered).</param>
/// <param name="Adjustments">Why the payment differs from the charge.</param>
/// <param name="PaymentReference">The payment's reference (EFT trace or cheque number).</param>
/// <param name="PaidOn">The payment date.</param>
public sealed record Remittance(MonetaryAmount Paid, MonetaryAmount PatientResponsibility, IReadOnlyList<RemittanceAdjustment> Adjustments, string? PaymentReference = null, DateOnly? PaidOn = null);

/// <summary>An adjustment to a claim or a line (X12 835 CAS segment).</summary>
/// <param name="GroupCode">Who bears it: <c>CO</c> contractual, <c>PR</c> patient responsibility, <c>OA</c> other, <c>PI</c> payor initiated.</param>
/// <param name="ReasonCode">The claim adjustment reason code (CARC), e.g. <c>45</c>, <c>1</c> (deductible), <c>50</c> (not medically necessary).</param>
/// <param name="Amount">The amount adjusted.</param>
/// <param name="LineSequence">The line it applies to; <see langword="null"/> for the whole claim.</param>
public sealed record RemittanceAdjustment(string GroupCode, string ReasonCode, MonetaryAmount Amount, int? LineSequence = null);

/// <summary>A claim's status changed (reported later, by the plugin or a webhook).</summary>
/// <param name="Reference">The payor's claim reference.</param>
/// <param name="OccurredAt">When it changed.</param>
/// <param name="Status">The new status.</param>
public sealed record ClaimStatusChanged(string Reference, DateTimeOffset OccurredAt, ClaimStatus Status)
    : PartnerEvent(Reference, OccurredAt);
