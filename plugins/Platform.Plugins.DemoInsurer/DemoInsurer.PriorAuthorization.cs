using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.DemoInsurer;

/// <summary>Prior authorization: decided at once, or pended for review and decided after the decision delay.</summary>
internal sealed partial class DemoInsurer
{
    public async Task<PartnerResult<PriorAuthorizationDecision>> SubmitPriorAuthorizationAsync(PriorAuthorizationRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Services.Count == 0 || request.Diagnoses.Count == 0)
        {
            return PartnerResult.Failed<PriorAuthorizationDecision>(PartnerFailureCategory.InvalidRequest, "A prior authorization needs at least one service and one diagnosis.");
        }

        return await book.OnceAsync("prior-authorization", idempotencyKey, async () =>
        {
            await simulation.RespondAsync($"pa|{idempotencyKey}", cancellationToken);
            if (Refused<PriorAuthorizationDecision>() is { } refused)
            {
                return refused;
            }

            var member = request.Member.MemberId;
            if (Simulation.Forced(member) == "NOTFOUND")
            {
                return NotFound<PriorAuthorizationDecision>(request.Member);
            }

            var reference = simulation.Reference("PA", idempotencyKey.Value);
            var outcome = Outcome(member, "pa", string.Join(',', request.Services.Select(s => s.Service.Code)));
            if (outcome == "PEND" && request.IsUrgent)
            {
                outcome = Outcome(member, "pa-final", reference);
            }

            if (outcome != "PEND")
            {
                return Answer(Decide(reference, request, outcome));
            }

            var pended = new PriorAuthorizationDecision(reference, PriorAuthorizationStatus.Pended, null, null, [.. request.Services.Select(s => new ServiceDecision(s.Service, PriorAuthorizationStatus.Pended, 0))]);
            book.Authorizations[reference] = pended;
            scheduler.Schedule(Settings.DecisionDelay, $"prior authorization {reference}", async token =>
            {
                var final = Simulation.Forced(member) == "PEND" ? "APPROVE" : Outcome(member, "pa-final", reference, allowPend: false);
                var decision = Decide(reference, request, final);
                await PublishAsync(new PriorAuthorizationDecided(reference, decision.DecidedAt!.Value, decision), token);
            });
            return PartnerResult.Pended<PriorAuthorizationDecision>(reference, "Sent to medical review.", simulation.Time.GetUtcNow() + Settings.DecisionDelay);
        }, cancellationToken);
    }

    public async Task<PartnerResult<PriorAuthorizationDecision>> InquirePriorAuthorizationAsync(string reference, CancellationToken cancellationToken)
    {
        await simulation.RespondAsync($"pa-inquiry|{reference}", cancellationToken);
        if (Refused<PriorAuthorizationDecision>() is { } refused)
        {
            return refused;
        }

        return book.Authorizations.TryGetValue(reference, out var decision)
            ? Answer(decision)
            : PartnerResult.Declined<PriorAuthorizationDecision>("NOT_FOUND", $"{Settings.PayerName} has no prior authorization {reference}.");
    }

    /// <summary>The outcome a request gets: forced by the member id, else drawn with the configured rates.</summary>
    private string Outcome(string member, string salt, string detail, bool allowPend = true)
    {
        if (Simulation.Forced(member) is { } forced and not "INACTIVE" and not "NOTFOUND")
        {
            return forced;
        }

        var roll = simulation.Roll(salt, member, detail);
        var pend = allowPend ? Settings.PendRate : 0;
        return roll < pend ? "PEND"
            : roll < pend + Settings.DenyRate ? "DENY"
            : roll < pend + Settings.DenyRate + Settings.PartialRate ? "PARTIAL"
            : "APPROVE";
    }

    private PriorAuthorizationDecision Decide(string reference, PriorAuthorizationRequest request, string outcome)
    {
        var now = simulation.Time.GetUtcNow();
        var period = new DatePeriod(request.PlannedPeriod.Start, request.PlannedPeriod.End.AddDays(30));
        var number = $"AUTH-{reference[3..]}";
        var decision = outcome switch
        {
            "DENY" => new PriorAuthorizationDecision(reference, PriorAuthorizationStatus.Denied, null, null,
                [.. request.Services.Select(s => new ServiceDecision(s.Service, PriorAuthorizationStatus.Denied, 0, "50"))],
                "50", "Not medically necessary on the documentation submitted; an appeal may add clinical evidence.", now),
            "PARTIAL" when Reduce(request.Services) is { } reduced => new PriorAuthorizationDecision(reference, PriorAuthorizationStatus.PartiallyApproved, number, period,
                reduced, "119", "Approved for fewer units, days or services than requested (benefit maximum).", now),
            _ => new PriorAuthorizationDecision(reference, PriorAuthorizationStatus.Approved, number, period,
                [.. request.Services.Select(s => new ServiceDecision(s.Service, PriorAuthorizationStatus.Approved, s.Quantity))], DecidedAt: now),
        };
        book.Authorizations[reference] = decision;
        return decision;
    }

    /// <summary>A partial approval: half the units of the first service that has several, else the last service refused; null when there is nothing to reduce.</summary>
    private static List<ServiceDecision>? Reduce(IReadOnlyList<RequestedService> services)
    {
        var several = services.ToList().FindIndex(s => s.Quantity > 1);
        if (several < 0 && services.Count < 2)
        {
            return null;
        }

        var reduced = several >= 0 ? several : services.Count - 1;
        return [.. services.Select((s, i) => i != reduced
            ? new ServiceDecision(s.Service, PriorAuthorizationStatus.Approved, s.Quantity)
            : new ServiceDecision(s.Service, several >= 0 ? PriorAuthorizationStatus.PartiallyApproved : PriorAuthorizationStatus.Denied, s.Quantity / 2, "119"))];
    }

    private static PartnerResult<PriorAuthorizationDecision> Answer(PriorAuthorizationDecision decision) => decision.Status switch
    {
        PriorAuthorizationStatus.Pended => PartnerResult.Pended<PriorAuthorizationDecision>(decision.Reference, "Under medical review."),
        PriorAuthorizationStatus.Denied => PartnerResult.Declined<PriorAuthorizationDecision>(decision.ReasonCode ?? "DENIED", decision.Reason ?? "Denied.", decision.Reference),
        _ => PartnerResult.Success(decision),
    };
}
