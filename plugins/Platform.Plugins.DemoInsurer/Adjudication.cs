using Platform.Sdk.Insurance;

namespace Platform.Plugins.DemoInsurer;

/// <summary>Decides a claim the way payors report it: an allowed amount, contractual and patient adjustments, and a remittance (X12 835 group and reason codes).</summary>
internal static class Adjudication
{
    public static ClaimStatus Adjudicate(string reference, ClaimSubmission claim, string outcome, Simulation simulation)
    {
        var now = simulation.Time.GetUtcNow();
        var total = claim.Total.Amount;
        if (outcome == "DENY")
        {
            var denied = new Remittance(simulation.Money(0), simulation.Money(total), [new RemittanceAdjustment("PR", "50", simulation.Money(total))]);
            return new ClaimStatus(reference, claim.ProviderClaimId, ClaimState.Denied, now, "F2:85", "Denied: not medically necessary (CARC 50). May be appealed.", denied);
        }

        // The allowed amount follows the payor's fee schedule: 85 to 100 percent of the charges.
        var allowed = decimal.Round(total * (0.85m + (decimal)simulation.Roll("allowed", reference) * 0.15m), 2);
        var deductible = Math.Min(250m, allowed);
        var coinsurance = outcome == "PARTIAL" ? decimal.Round((allowed - deductible) * 0.3m, 2) : 0m;
        List<RemittanceAdjustment> adjustments = [new("PR", "1", simulation.Money(deductible))];
        if (total > allowed)
        {
            adjustments.Insert(0, new("CO", "45", simulation.Money(total - allowed)));
        }

        if (coinsurance > 0)
        {
            adjustments.Add(new("PR", "2", simulation.Money(coinsurance)));
        }

        var paid = allowed - deductible - coinsurance;
        var remittance = new Remittance(simulation.Money(paid), simulation.Money(deductible + coinsurance), adjustments, $"EFT-{reference[4..]}", DateOnly.FromDateTime(now.UtcDateTime));
        return outcome == "PARTIAL"
            ? new ClaimStatus(reference, claim.ProviderClaimId, ClaimState.PartiallyPaid, now, "F1:65", "Paid in part: coinsurance applies.", remittance)
            : new ClaimStatus(reference, claim.ProviderClaimId, ClaimState.Paid, now, "F1:65", "Paid.", remittance);
    }
}
