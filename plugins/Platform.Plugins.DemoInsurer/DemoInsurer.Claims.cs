using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.DemoInsurer;

/// <summary>Guarantees of payment, claims adjudicated after the decision delay, and appeals.</summary>
internal sealed partial class DemoInsurer
{
    public async Task<PartnerResult<GuaranteeOfPayment>> RequestGuaranteeOfPaymentAsync(GuaranteeOfPaymentRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.EstimatedCost.Currency != Settings.Currency)
        {
            return PartnerResult.Failed<GuaranteeOfPayment>(PartnerFailureCategory.InvalidRequest, $"The estimate is in {request.EstimatedCost.Currency}; {Settings.PayerName} guarantees in {Settings.Currency}.");
        }

        return await book.OnceAsync("guarantee", idempotencyKey, async () =>
        {
            await simulation.RespondAsync($"gop|{idempotencyKey}", cancellationToken);
            var member = request.Member.MemberId;
            var reference = simulation.Reference("GOP", idempotencyKey.Value);
            return (Refused<GuaranteeOfPayment>(), Outcome(member, "gop", reference, allowPend: false)) switch
            {
                ({ } refused, _) => refused,
                _ when Simulation.Forced(member) == "NOTFOUND" => NotFound<GuaranteeOfPayment>(request.Member),
                (_, "DENY") => PartnerResult.Declined<GuaranteeOfPayment>("PRE_EXISTING_CONDITION", "The condition is excluded as pre-existing under the policy.", reference),
                _ when request.EstimatedCost.Amount > Settings.GuaranteeLimit || Simulation.Forced(member) == "PEND" =>
                    PartnerResult.Pended<GuaranteeOfPayment>(reference, $"Above {Settings.GuaranteeLimit} {Settings.Currency}: referred to the medical officer.", simulation.Time.GetUtcNow() + Settings.DecisionDelay),
                _ => PartnerResult.Success(new GuaranteeOfPayment(
                    $"GOP-{reference[4..]}",
                    simulation.Money(Math.Min(request.EstimatedCost.Amount * 1.1m, Settings.GuaranteeLimit)),
                    simulation.Money(250),
                    new DatePeriod(request.AdmissionDate, request.AdmissionDate.AddDays(request.ExpectedLengthOfStayDays + 14)),
                    ["Personal items and telephone", "Companion's meals and bed", "Treatment not related to the diagnoses given"])),
            };
        }, cancellationToken);
    }

    public async Task<PartnerResult<ClaimAcknowledgement>> SubmitClaimAsync(ClaimSubmission claim, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var sum = claim.Lines.Sum(l => l.Charge.Amount);
        if (claim.Lines.Count == 0 || sum != claim.Total.Amount || claim.Lines.Any(l => l.Charge.Currency != claim.Total.Currency))
        {
            return PartnerResult.Failed<ClaimAcknowledgement>(PartnerFailureCategory.InvalidRequest, $"The claim total {claim.Total.Amount} {claim.Total.Currency} must equal the sum of its lines ({sum}), in one currency.");
        }

        return await book.OnceAsync("claim", idempotencyKey, async () =>
        {
            await simulation.RespondAsync($"claim|{idempotencyKey}", cancellationToken);
            if (Refused<ClaimAcknowledgement>() is { } refused)
            {
                return refused;
            }

            if (Simulation.Forced(claim.Member.MemberId) == "NOTFOUND")
            {
                return NotFound<ClaimAcknowledgement>(claim.Member);
            }

            var now = simulation.Time.GetUtcNow();
            var reference = simulation.Reference("CLM", idempotencyKey.Value);
            book.Submissions[reference] = claim;
            book.Claims[reference] = new ClaimStatus(reference, claim.ProviderClaimId, ClaimState.Received, now, "A1:20", "Accepted for processing.");
            scheduler.Schedule(Settings.DecisionDelay, $"claim {reference}", async token =>
            {
                var status = Adjudication.Adjudicate(reference, claim, Outcome(claim.Member.MemberId, "claim", reference, allowPend: false), simulation);
                book.Claims[reference] = status;
                await PublishAsync(new ClaimStatusChanged(reference, status.UpdatedAt, status), token);
            });
            return PartnerResult.Success(new ClaimAcknowledgement(reference, now));
        }, cancellationToken);
    }

    public async Task<PartnerResult<ClaimStatus>> GetClaimStatusAsync(string claimReference, CancellationToken cancellationToken)
    {
        await simulation.RespondAsync($"claim-status|{claimReference}", cancellationToken);
        return Refused<ClaimStatus>() ?? (book.Claims.TryGetValue(claimReference, out var status)
            ? PartnerResult.Success(status)
            : PartnerResult.Declined<ClaimStatus>("NOT_FOUND", $"{Settings.PayerName} has no claim {claimReference}."));
    }

    public async Task<PartnerResult<AppealAcknowledgement>> SubmitAppealAsync(AppealRequest appeal, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        return await book.OnceAsync("appeal", idempotencyKey, async () =>
        {
            await simulation.RespondAsync($"appeal|{idempotencyKey}", cancellationToken);
            var appealable = appeal.Subject == AppealSubject.PriorAuthorization
                ? book.Authorizations.TryGetValue(appeal.DecisionReference, out var decision) ? decision.Status is PriorAuthorizationStatus.Denied or PriorAuthorizationStatus.PartiallyApproved : (bool?)null
                : book.Claims.TryGetValue(appeal.DecisionReference, out var claim) ? claim.State is ClaimState.Denied or ClaimState.PartiallyPaid : null;
            if (Refused<AppealAcknowledgement>() is { } refused)
            {
                return refused;
            }

            if (appealable != true)
            {
                return appealable is null
                    ? PartnerResult.Declined<AppealAcknowledgement>("NOT_FOUND", $"{Settings.PayerName} has no {appeal.Subject} decision {appeal.DecisionReference}.")
                    : PartnerResult.Declined<AppealAcknowledgement>("NOT_APPEALABLE", $"{appeal.DecisionReference} was not denied or reduced; there is nothing to appeal.");
            }

            var reference = simulation.Reference("APL", idempotencyKey.Value);
            var decideAt = simulation.Time.GetUtcNow() + Settings.DecisionDelay;
            scheduler.Schedule(Settings.DecisionDelay, $"appeal {reference}", token =>
            {
                var overturned = simulation.Roll("appeal", reference) < 0.5;
                return PublishAsync(new AppealDecided(reference, simulation.Time.GetUtcNow(), overturned ? AppealOutcome.Overturned : AppealOutcome.Upheld,
                    overturned ? "The additional evidence shows medical necessity." : "The original decision stands under the policy wording."), token);
            });
            return PartnerResult.Success(new AppealAcknowledgement(reference, DateOnly.FromDateTime(decideAt.UtcDateTime)));
        }, cancellationToken);
    }
}
