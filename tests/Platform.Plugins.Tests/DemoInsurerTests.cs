using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests;

/// <summary>The demo insurer, loaded from disk and called through the registry, behaves like a payor.</summary>
public sealed class DemoInsurerTests : IAsyncLifetime, IDisposable
{
    private readonly PluginFolders _folders = new();
    private PartnerHost _host = null!;

    private IInsurer Insurer => _host.Registry.Resolve<IInsurer>("globalcare");

    public async Task InitializeAsync()
    {
        _folders.AddDemoInsurer();
        _host = await PartnerHost.StartAsync(_folders.Root, [
            .. DemoPartners.Insurer("globalcare"),
            .. DemoPartners.Insurer("slow", overrides: ("Settings:DecisionDelay", "01:00:00")),
            .. DemoPartners.Insurer("revoked", overrides: ("Settings:ApiKey", "live-key")),
        ]);
    }

    [Fact]
    public async Task SubmitPriorAuthorization_Pended_ReportsTheDecisionLaterThroughTheEventSink()
    {
        var submitted = await Insurer.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("PEND-100"), IdempotencyKey.New(), default);

        var reference = submitted.Pending.ShouldNotBeNull().Reference;
        submitted.Kind.ShouldBe(PartnerResultKind.Pending);
        var envelope = await _host.Events.WaitForAsync(e => e.Event.Reference == reference);
        var decided = envelope.Event.ShouldBeOfType<PriorAuthorizationDecided>();
        (envelope.PartnerId, envelope.PluginId, envelope.Source).ShouldBe(("globalcare", "demo-insurer", PartnerEventSource.Plugin));
        decided.Decision.Status.ShouldBe(PriorAuthorizationStatus.Approved);
        decided.Decision.AuthorizationNumber.ShouldNotBeNullOrEmpty();
        decided.Decision.AuthorizedPeriod.ShouldBe(new DatePeriod(new DateOnly(2025, 6, 2), new DateOnly(2025, 7, 6)));
        (await Insurer.InquirePriorAuthorizationAsync(reference, default)).GetValueOrThrow().ShouldBe(decided.Decision);
    }

    [Fact]
    public async Task InquirePriorAuthorization_WhileUnderReview_IsPendingWithTheSameReference()
    {
        var slow = _host.Registry.Resolve<IInsurer>("slow");
        var submitted = await slow.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("PEND-101"), IdempotencyKey.New(), default);

        var inquired = await slow.InquirePriorAuthorizationAsync(submitted.Pending!.Reference, default);

        inquired.Pending.ShouldNotBeNull().Reference.ShouldBe(submitted.Pending.Reference);
        submitted.Pending.ExpectedBy.ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(59));
    }

    [Fact]
    public async Task SubmitPriorAuthorization_Denied_DeclinesWithReasonAndTheDenialCanBeAppealed()
    {
        var denied = await Insurer.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("DENY-200"), IdempotencyKey.New(), default);

        var decline = denied.Decline.ShouldNotBeNull();
        (decline.Code, decline.Reason).ShouldBe(("50", "Not medically necessary on the documentation submitted; an appeal may add clinical evidence."));
        var appeal = await Insurer.SubmitAppealAsync(new AppealRequest(AppealSubject.PriorAuthorization, decline.Reference!, "MRI shows grade IV changes.", []), IdempotencyKey.New(), default);
        var reference = appeal.GetValueOrThrow().AppealReference;
        (await _host.Events.WaitForAsync(e => e.Event.Reference == reference)).Event.ShouldBeOfType<AppealDecided>();
    }

    [Fact]
    public async Task SubmitPriorAuthorization_PartiallyApproved_AuthorizesFewerDays()
    {
        var result = await Insurer.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("PARTIAL-300"), IdempotencyKey.New(), default);

        var decision = result.GetValueOrThrow();
        decision.Status.ShouldBe(PriorAuthorizationStatus.PartiallyApproved);
        decision.Services.Select(s => (s.Service.Code, s.Status, s.AuthorizedQuantity))
            .ShouldBe([("27447", PriorAuthorizationStatus.Approved, 1), ("48", PriorAuthorizationStatus.PartiallyApproved, 2)]);
    }

    [Fact]
    public async Task SubmitPriorAuthorization_SameIdempotencyKeyTwice_ActsOnce()
    {
        var key = IdempotencyKey.New();

        var first = await Insurer.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("PEND-400"), key, default);
        var second = await Insurer.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("PEND-400"), key, default);

        second.Pending.ShouldBe(first.Pending);
        await _host.Events.WaitForAsync(e => e.Event.Reference == first.Pending!.Reference);
        await Task.Delay(400);
        _host.Events.Received.Count(e => e.Event.Reference == first.Pending!.Reference).ShouldBe(1);
    }

    [Fact]
    public async Task SubmitClaim_Adjudicated_ReportsStatusWithRemittanceThatBalances()
    {
        var ack = (await Insurer.SubmitClaimAsync(InsurerRequests.Claim("APPROVE-500", "AUTH-1"), IdempotencyKey.New(), default)).GetValueOrThrow();

        (await Insurer.GetClaimStatusAsync(ack.ClaimReference, default)).GetValueOrThrow().State.ShouldBe(ClaimState.Received);
        var changed = (await _host.Events.WaitForAsync(e => e.Event.Reference == ack.ClaimReference)).Event.ShouldBeOfType<ClaimStatusChanged>();
        changed.Status.State.ShouldBe(ClaimState.Paid);
        var remittance = changed.Status.Remittance.ShouldNotBeNull();
        (remittance.Paid.Amount + remittance.Adjustments.Sum(a => a.Amount.Amount)).ShouldBe(12_000m, "the payment and the adjustments account for every charge");
        remittance.Adjustments.Where(a => a.GroupCode == "PR").Sum(a => a.Amount.Amount).ShouldBe(remittance.PatientResponsibility.Amount);
        remittance.Adjustments.ShouldContain(a => a.GroupCode == "PR" && a.ReasonCode == "1" && a.Amount.Amount == 250m);
    }

    [Fact]
    public async Task SubmitClaim_TotalDiffersFromLines_FailsAsInvalidRequest()
    {
        var claim = InsurerRequests.Claim("APPROVE-1") with { Total = new MonetaryAmount(11_000m, "EUR") };

        var result = await Insurer.SubmitClaimAsync(claim, IdempotencyKey.New(), default);

        result.Failure.ShouldBe(new PartnerFailure(PartnerFailureCategory.InvalidRequest, "The claim total 11000 EUR must equal the sum of its lines (12000), in one currency."));
    }

    [Fact]
    public async Task CheckEligibility_UnknownMember_DeclinesWithReason()
    {
        var result = await Insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("NOTFOUND-1"), default);

        result.Decline.ShouldBe(new PartnerDecline("MEMBER_NOT_FOUND", "GlobalCare has no member NOTFOUND-1 born 1961-04-12; check the insurance card."));
    }

    [Fact]
    public async Task Calls_ApiKeyRefused_FailUnauthorizedAndHealthIsUnhealthy()
    {
        var result = await _host.Registry.Resolve<IInsurer>("revoked").CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);
        var health = await _host.Registry.CheckHealthAsync("revoked");

        result.Failure!.Category.ShouldBe(PartnerFailureCategory.Unauthorized);
        health.ShouldBe(PartnerHealth.Unhealthy("GlobalCare refused the API key; set ApiKey to a key starting with 'demo-'."));
        (await _host.Registry.CheckHealthAsync("globalcare")).Status.ShouldBe(PartnerHealthStatus.Healthy);
    }

    [Fact]
    public async Task Outcomes_SameSeed_AreTheSameOnEveryRunAndDifferUnderAnotherSeed()
    {
        await using var again = await PartnerHost.StartAsync(_folders.Root, [.. DemoPartners.Insurer("same"), .. DemoPartners.Insurer("other", overrides: ("Settings:Seed", "7"))]);
        var members = Enumerable.Range(1, 40).Select(i => $"M{i:000}").ToList();

        var first = await OutcomesAsync(Insurer, members);
        var same = await OutcomesAsync(again.Registry.Resolve<IInsurer>("same"), members);
        var other = await OutcomesAsync(again.Registry.Resolve<IInsurer>("other"), members);

        same.ShouldBe(first);
        other.ShouldNotBe(first);
        first.Distinct().Count().ShouldBeGreaterThanOrEqualTo(3, "a seed draws approvals, denials, partial approvals and pended reviews");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _folders.Dispose();

    private static async Task<List<string>> OutcomesAsync(IInsurer insurer, IEnumerable<string> members)
    {
        List<string> outcomes = [];
        foreach (var member in members)
        {
            var result = await insurer.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization(member), new IdempotencyKey($"pa-{member}"), default);
            outcomes.Add(result.IsSuccess ? result.Value!.Status.ToString() : result.Kind.ToString());
        }

        return outcomes;
    }
}
