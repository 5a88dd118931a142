using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests;

/// <summary>Every partner call is counted by outcome and failure category, with latency percentiles over a sliding window.</summary>
public sealed class PartnerMetricsTests : IDisposable
{
    private readonly PluginFolders _folders = new();

    [Fact]
    public async Task Calls_ThroughTheRegistry_AreCountedByOutcomeAndCategoryWithLatencyPercentiles()
    {
        _folders.AddDemoInsurer();
        await using var host = await PartnerHost.StartAsync(_folders.Root, [.. DemoPartners.Insurer("metered"), .. DemoPartners.Insurer("metered-revoked", overrides: ("Settings:ApiKey", "live-key"))]);
        var insurer = host.Registry.Resolve<IInsurer>("metered");
        using var listener = new MeasurementCollector(PartnerMetrics.MeterName);

        await insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);
        await insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("NOTFOUND-1"), default);
        await insurer.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("PEND-1"), IdempotencyKey.New(), default);
        await insurer.SubmitClaimAsync(InsurerRequests.Claim("APPROVE-1") with { Total = new MonetaryAmount(1m, "EUR") }, IdempotencyKey.New(), default);
        await host.Registry.Resolve<IInsurer>("metered-revoked").CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);

        var metrics = host.Registry.Metrics.For("metered");
        (metrics.Calls, metrics.Succeeded, metrics.Declined, metrics.Pending, metrics.Failed).ShouldBe((4L, 1L, 1L, 1L, 1L));
        metrics.Failures.ShouldBe(new Dictionary<PartnerFailureCategory, long> { [PartnerFailureCategory.InvalidRequest] = 1 });
        metrics.LatencySamples.ShouldBe(4);
        metrics.P50.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.Zero, "each demo call waits its latency");
        metrics.P99.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(metrics.P95!.Value);
        metrics.P95.Value.ShouldBeGreaterThanOrEqualTo(metrics.P50.Value);
        host.Registry.Metrics.For("metered-revoked").Failures.ShouldBe(new Dictionary<PartnerFailureCategory, long> { [PartnerFailureCategory.Unauthorized] = 1 });
        listener.Measurements.Where(m => m.Instrument == "platform.partner.calls" && m.Partner == "metered").Select(m => m.Outcome)
            .ShouldBe(["Success", "Declined", "Pending", "failed:InvalidRequest"]);
    }

    [Fact]
    public async Task Metrics_SurviveReconfigurationOfThePartner()
    {
        _folders.AddDemoInsurer();
        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare"));
        await host.Registry.Resolve<IInsurer>("globalcare").CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);

        host.Reconfigure(("Partners:globalcare:Settings:Seed", "9"));
        await host.Registry.RefreshAsync();
        await host.Registry.Resolve<IInsurer>("globalcare").CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);

        host.Registry.Metrics.For("globalcare").Calls.ShouldBe(2);
    }

    [Fact]
    public void Percentiles_AreNearestRankOverTheWindowOnly()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero));
        using var metrics = new PartnerMetrics(clock, new FixedOptions(new PluginsOptions { MetricsWindow = TimeSpan.FromMinutes(5) }));
        var ok = PartnerResult.Success("ok");
        metrics.Record("p", "Call", ok, TimeSpan.FromSeconds(30));
        clock.Now += TimeSpan.FromMinutes(6);

        for (var ms = 1; ms <= 100; ms++)
        {
            metrics.Record("p", "Call", ms == 100 ? PartnerResult.Failed<string>(PartnerFailureCategory.Timeout, "slow") : ok, TimeSpan.FromMilliseconds(ms));
        }

        metrics.Record("p", "Call", null, TimeSpan.FromMilliseconds(50));
        var snapshot = metrics.For("p");

        (snapshot.LatencySamples, snapshot.P50, snapshot.P95, snapshot.P99).ShouldBe((101, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(95), TimeSpan.FromMilliseconds(99)));
        (snapshot.Calls, snapshot.Succeeded, snapshot.Cancelled, snapshot.Failed).ShouldBe((102L, 100L, 1L, 1L), "counts cover every call since start, not only the window");
        snapshot.FailureRatio.ShouldBe(1.0 / 102);
        var never = metrics.For("never-called");
        (never.Calls, never.LatencySamples, never.P50, never.Since).ShouldBe((0L, 0, null, null));
    }

    public void Dispose() => _folders.Dispose();

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class FixedOptions(PluginsOptions value) : IOptionsMonitor<PluginsOptions>
    {
        public PluginsOptions CurrentValue => value;

        public PluginsOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<PluginsOptions, string?> listener) => null;
    }

    private sealed class MeasurementCollector : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly System.Collections.Concurrent.ConcurrentQueue<(string Instrument, string? Partner, string? Outcome)> _measurements = new();

        public MeasurementCollector(string meterName)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => _measurements.Enqueue((instrument.Name, Tag(tags, "partner"), Tag(tags, "outcome"))));
            _listener.Start();
        }

        public IReadOnlyList<(string Instrument, string? Partner, string? Outcome)> Measurements => [.. _measurements];

        public void Dispose() => _listener.Dispose();

        private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == name)
                {
                    return tag.Value as string;
                }
            }

            return null;
        }
    }
}
