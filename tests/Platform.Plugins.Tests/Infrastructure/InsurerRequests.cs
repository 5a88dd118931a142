using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>Realistic requests to an insurer: a knee replacement in Istanbul for a member from abroad.</summary>
public static class InsurerRequests
{
    public static readonly Provider Hospital = new("PRV-1001", "Bosphorus University Hospital", "TR");

    public static Member Member(string memberId) => new(memberId, "Amira", "Haddad", new DateOnly(1961, 4, 12), "POL-77");

    public static EligibilityRequest Eligibility(string memberId) =>
        new(Member(memberId), Hospital, new DateOnly(2025, 6, 2), [new Coding("X12-STC", "48", "Hospital inpatient"), new Coding("X12-STC", "2", "Surgical")]);

    public static PriorAuthorizationRequest PriorAuthorization(string memberId) => new(
        Member(memberId),
        Hospital,
        CareSetting.Inpatient,
        [new Coding("ICD-10", "M17.11", "Unilateral primary osteoarthritis, right knee")],
        [new RequestedService(new Coding("CPT", "27447", "Total knee arthroplasty")), new RequestedService(new Coding("X12-STC", "48", "Inpatient days"), 4)],
        new DatePeriod(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 6)),
        "Bone-on-bone osteoarthritis, failed 12 months of conservative care.");

    public static ClaimSubmission Claim(string memberId, string? authorizationNumber = null) => new(
        "ACC-2025-0042",
        Member(memberId),
        Hospital,
        CareSetting.Inpatient,
        [new Coding("ICD-10", "M17.11")],
        [
            new ClaimLine(1, new Coding("CPT", "27447"), new DateOnly(2025, 6, 2), 1, new MonetaryAmount(9_000m, "EUR")),
            new ClaimLine(2, new Coding("REV", "0110", "Room and board"), new DateOnly(2025, 6, 2), 4, new MonetaryAmount(3_000m, "EUR")),
        ],
        new MonetaryAmount(12_000m, "EUR"),
        new DatePeriod(new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 6)),
        authorizationNumber);
}
