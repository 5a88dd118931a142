namespace Platform.Sdk.Insurance;

/// <summary>
/// An insurer or other third-party payor (health plan, travel insurer, assistance company):
/// eligibility and benefits, prior authorization, guarantee of payment, claims and appeals.
/// Shaped after FHIR (CoverageEligibilityRequest/Response, Claim/ClaimResponse, Da Vinci PAS)
/// and X12 (270/271, 278, 837, 277, 835) so connectors to either fit.
/// </summary>
[PartnerCapability(PartnerCapabilities.Insurer)]
public interface IInsurer : IPartnerCapability
{
    /// <summary>Asks whether a member is covered on a date and for which benefits (X12 270/271, FHIR CoverageEligibilityRequest).</summary>
    /// <param name="request">The member, provider, date and service types asked about.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the coverage; Declined when the payor does not know the member (code <c>MEMBER_NOT_FOUND</c>, or its own).</returns>
    Task<PartnerResult<EligibilityResponse>> CheckEligibilityAsync(EligibilityRequest request, CancellationToken cancellationToken);

    /// <summary>Submits a prior authorization (pre-certification) request (X12 278, Da Vinci PAS).</summary>
    /// <param name="request">What is to be authorized, for whom, and why.</param>
    /// <param name="idempotencyKey">Identifies this submission across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with an approved or partly approved decision; Declined for a denial (its reference allows an appeal);
    /// Pending when pended for review, the decision arriving later as <see cref="PriorAuthorizationDecided"/>.</returns>
    Task<PartnerResult<PriorAuthorizationDecision>> SubmitPriorAuthorizationAsync(PriorAuthorizationRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Asks for the current state of a prior authorization (X12 278 inquiry, PAS inquiry).</summary>
    /// <param name="reference">The payor's reference from the submission.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>As for <see cref="SubmitPriorAuthorizationAsync"/>; Declined with code <c>NOT_FOUND</c> for an unknown reference.</returns>
    Task<PartnerResult<PriorAuthorizationDecision>> InquirePriorAuthorizationAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Requests a guarantee of payment (GOP), the letter travel insurers and assistance companies issue before treatment.</summary>
    /// <param name="request">The patient, the planned treatment and its estimated cost.</param>
    /// <param name="idempotencyKey">Identifies this request across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the guarantee; Declined when not covered; Pending while the assistance company reviews.</returns>
    Task<PartnerResult<GuaranteeOfPayment>> RequestGuaranteeOfPaymentAsync(GuaranteeOfPaymentRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Submits a claim (X12 837, FHIR Claim).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="idempotencyKey">Identifies this submission across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the payor's acknowledgement; Declined when rejected at intake (not adjudicated).</returns>
    Task<PartnerResult<ClaimAcknowledgement>> SubmitClaimAsync(ClaimSubmission claim, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Asks for a claim's status and, once adjudicated, its remittance (X12 276/277 and 835, FHIR ClaimResponse).</summary>
    /// <param name="claimReference">The payor's claim reference from the acknowledgement.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the status; Declined with code <c>NOT_FOUND</c> for an unknown reference.</returns>
    Task<PartnerResult<ClaimStatus>> GetClaimStatusAsync(string claimReference, CancellationToken cancellationToken);

    /// <summary>Appeals a denied prior authorization or claim.</summary>
    /// <param name="appeal">What is appealed and why.</param>
    /// <param name="idempotencyKey">Identifies this appeal across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the acknowledgement; the decision arrives later as <see cref="AppealDecided"/>.</returns>
    Task<PartnerResult<AppealAcknowledgement>> SubmitAppealAsync(AppealRequest appeal, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);
}
