using Platform.Sdk.Insurance;

namespace Platform.Sdk.Testing.Samples;

/// <summary>A knee replacement for a member from abroad: eligibility, authorization, guarantee, claim, appeal.</summary>
internal static class InsurerSamples
{
    private static readonly Member _member = new("KIT-M-48213", "Amira", "Haddad", new DateOnly(1961, 4, 12), "POL-77");
    private static readonly Provider _provider = new("PRV-1001", "Bosphorus University Hospital", "TR");
    private static readonly Coding _diagnosis = new("ICD-10", "M17.11", "Unilateral primary osteoarthritis, right knee");
    private static readonly Coding _procedure = new("CPT", "27447", "Total knee arthroplasty");

    public static IReadOnlyList<SampleCall> Calls()
    {
        var start = Requests.AppointmentDate;
        var stay = new DatePeriod(start, start.AddDays(4));
        var eligibility = new EligibilityRequest(_member, _provider, start, [new Coding("X12-STC", "48", "Hospital inpatient"), new Coding("X12-STC", "2", "Surgical")]);
        var authorization = new PriorAuthorizationRequest(_member, _provider, CareSetting.Inpatient, [_diagnosis],
            [new RequestedService(_procedure), new RequestedService(new Coding("X12-STC", "48", "Inpatient days"), 4)], stay,
            "Bone-on-bone osteoarthritis, failed 12 months of conservative care.");
        var guarantee = new GuaranteeOfPaymentRequest(_member, _provider, CareSetting.Inpatient, [_diagnosis], "Total knee arthroplasty, four nights",
            new MonetaryAmount(12_000m, "EUR"), start, 4, [Requests.Document("cost-estimate.txt", "Estimate: EUR 12,000")]);
        var claim = new ClaimSubmission("KIT-ACC-0042", _member, _provider, CareSetting.Inpatient, [_diagnosis],
            [
                new ClaimLine(1, _procedure, start, 1, new MonetaryAmount(9_000m, "EUR")),
                new ClaimLine(2, new Coding("REV", "0110", "Room and board"), start, 4, new MonetaryAmount(3_000m, "EUR")),
            ],
            new MonetaryAmount(12_000m, "EUR"), stay);
        var appeal = new AppealRequest(AppealSubject.PriorAuthorization, SampleCall.UnknownReference, "Conservative care failed; see the attached report.",
            [Requests.Document("medical-necessity.txt", "Letter of medical necessity")]);

        return
        [
            SampleCall.Read<IInsurer, EligibilityResponse>("CheckEligibilityAsync", (i, ct) => i.CheckEligibilityAsync(eligibility, ct), e => e.Benefits is null ? "Benefits is null; give an empty list" : null),
            SampleCall.Write<IInsurer, PriorAuthorizationDecision>("SubmitPriorAuthorizationAsync", (i, k, ct) => i.SubmitPriorAuthorizationAsync(authorization, k, ct), Decided, mayPend: true),
            SampleCall.ReadAbout<IInsurer, PriorAuthorizationDecision>(
                "InquirePriorAuthorizationAsync",
                i => SampleCall.ReferenceOf(i.SubmitPriorAuthorizationAsync(authorization, IdempotencyKey.New(), CancellationToken.None), d => d.Reference),
                (i, reference, ct) => i.InquirePriorAuthorizationAsync(reference, ct),
                (d, _) => Decided(d),
                mayPend: true),
            SampleCall.Write<IInsurer, GuaranteeOfPayment>("RequestGuaranteeOfPaymentAsync", (i, k, ct) => i.RequestGuaranteeOfPaymentAsync(guarantee, k, ct),
                g => string.IsNullOrWhiteSpace(g.GuaranteeNumber) ? "a guarantee without GuaranteeNumber" : g.CoveredAmount.Amount < 0 ? "a negative CoveredAmount" : null, mayPend: true),
            SampleCall.Write<IInsurer, ClaimAcknowledgement>("SubmitClaimAsync", (i, k, ct) => i.SubmitClaimAsync(claim, k, ct),
                a => string.IsNullOrWhiteSpace(a.ClaimReference) ? "an acknowledgement without ClaimReference" : null),
            SampleCall.ReadAbout<IInsurer, ClaimStatus>(
                "GetClaimStatusAsync",
                i => SampleCall.ReferenceOf(i.SubmitClaimAsync(claim, IdempotencyKey.New(), CancellationToken.None), a => a.ClaimReference),
                (i, reference, ct) => i.GetClaimStatusAsync(reference, ct),
                (s, reference) => s.ClaimReference != reference ? $"status of claim '{s.ClaimReference}' when '{reference}' was asked for" : null),
            SampleCall.Write<IInsurer, AppealAcknowledgement>("SubmitAppealAsync", (i, k, ct) => i.SubmitAppealAsync(appeal, k, ct),
                a => string.IsNullOrWhiteSpace(a.AppealReference) ? "an acknowledgement without AppealReference" : null),
        ];
    }

    /// <summary>A decision returned as Success is an approval: denials are Declined, pended ones Pending (see <see cref="IInsurer"/>).</summary>
    private static string? Decided(PriorAuthorizationDecision decision) => decision switch
    {
        { Status: not (PriorAuthorizationStatus.Approved or PriorAuthorizationStatus.PartiallyApproved) } =>
            $"Success with status {decision.Status}; return a denial as Declined and a pended request as Pending",
        { AuthorizationNumber: null or "" } => $"an {decision.Status} decision without AuthorizationNumber",
        { Reference: null or "" } => "a decision without Reference",
        _ => null,
    };
}
