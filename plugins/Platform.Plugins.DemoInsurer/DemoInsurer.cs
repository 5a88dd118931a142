using Microsoft.Extensions.Logging;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.DemoInsurer;

/// <summary>The demo insurer: eligibility here; prior authorization, guarantees, claims and appeals in the other parts of this class.</summary>
internal sealed partial class DemoInsurer(Simulation simulation, InsurerBook book, DecisionScheduler scheduler, IPartnerEvents events, ILogger<DemoInsurer> logger) : IInsurer
{
    private static readonly HashSet<string> _authorizedServiceTypes = ["2", "48"];

    private DemoInsurerSettings Settings => simulation.Settings;

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await simulation.RespondAsync("health", cancellationToken);
        return simulation.AcceptsApiKey
            ? PartnerHealth.Healthy($"{Settings.PayerName} demo API answering in about {Settings.Latency.TotalMilliseconds:0} ms")
            : PartnerHealth.Unhealthy($"{Settings.PayerName} refused the API key; set ApiKey to a key starting with 'demo-'.");
    }

    public async Task<PartnerResult<EligibilityResponse>> CheckEligibilityAsync(EligibilityRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var member = request.Member.MemberId;
        await simulation.RespondAsync($"eligibility|{member}|{request.ServiceDate}", cancellationToken);
        if (Refused<EligibilityResponse>() is { } refused)
        {
            return refused;
        }

        var forced = Simulation.Forced(member);
        if (forced == "NOTFOUND" || (forced is null && simulation.Roll("member", member) < 0.05))
        {
            return NotFound<EligibilityResponse>(request.Member);
        }

        var active = forced != "INACTIVE" && (forced is not null || simulation.Roll("active", member) >= 0.1);
        var year = request.ServiceDate.Year;
        var inNetwork = Settings.NetworkCountries.Contains(request.Provider.Country, StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<Coding> asked = request.ServiceTypes.Count > 0 ? request.ServiceTypes : [new Coding("X12-STC", "30", "Health benefit plan coverage")];
        var benefits = asked.Select(service => new Benefit(
            service,
            IsCovered: active && simulation.Roll("covered", member, service.Code) >= 0.1,
            InNetwork: inNetwork,
            AuthorizationRequired: _authorizedServiceTypes.Contains(service.Code) || service.System is "CPT" or "ICD-10-PCS",
            Copay: simulation.Money(inNetwork ? 50 : 150),
            CoinsurancePercent: inNetwork ? 10 : 30,
            DeductibleRemaining: simulation.Money((decimal)Math.Round(simulation.Roll("deductible", member) * 1000)),
            Limit: simulation.Money(1_000_000))).ToList();
        return PartnerResult.Success(new EligibilityResponse(
            active,
            $"{Settings.PayerName} International Gold",
            new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            benefits,
            active ? null : "Coverage is not in force on the service date: premium unpaid."));
    }

    /// <summary>Every call fails this way while the API key is refused, as a real payor's API would.</summary>
    private PartnerResult<T>? Refused<T>() => simulation.AcceptsApiKey ? null
        : PartnerResult.Failed<T>(PartnerFailureCategory.Unauthorized, $"{Settings.PayerName} refused the API key (401).");

    private PartnerResult<T> NotFound<T>(Member member) =>
        PartnerResult.Declined<T>("MEMBER_NOT_FOUND", $"{Settings.PayerName} has no member {member.MemberId} born {member.BirthDate:yyyy-MM-dd}; check the insurance card.");

    private Task PublishAsync(PartnerEvent partnerEvent, CancellationToken cancellationToken)
    {
        LogPublishing(logger, partnerEvent.GetType().Name, partnerEvent.Reference);
        return events.PublishAsync(partnerEvent, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reporting {EventType} for {Reference}")]
    private static partial void LogPublishing(ILogger logger, string eventType, string reference);
}
