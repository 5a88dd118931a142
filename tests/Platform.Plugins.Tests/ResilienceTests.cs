using System.Diagnostics;
using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests;

/// <summary>A plugin that throws, hangs, blocks or returns nonsense never takes the host down: each becomes a failure with a category.</summary>
public sealed class ResilienceTests : IAsyncLifetime, IDisposable
{
    private readonly FaultLog _log = new();
    private readonly PluginFolders _folders = new();
    private PartnerHost? _host;

    public Task InitializeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(Fault.HangIgnoringCancellation)]
    [InlineData(Fault.HangHonouringCancellation)]
    public async Task Call_PluginHangs_FailsWithTimeoutWhileOtherPartnersServe(Fault fault)
    {
        var host = await StartAsync([("p", fault), ("healthy", Fault.None)], [("Resilience:AttemptTimeout", "00:00:00.500")]);
        var clock = Stopwatch.StartNew();

        var hanging = host.Registry.Resolve<IInsurer>("p").CheckEligibilityAsync(InsurerRequests.Eligibility("A"), default);
        var healthy = await host.Registry.Resolve<IInsurer>("healthy").CheckEligibilityAsync(InsurerRequests.Eligibility("A"), default);
        var servedWhileHanging = !hanging.IsCompleted;
        var result = await hanging;

        healthy.IsSuccess.ShouldBeTrue();
        servedWhileHanging.ShouldBeTrue("the healthy partner answered while the other hung");
        result.Failure.ShouldBe(new PartnerFailure(PartnerFailureCategory.Timeout, "Partner 'p' did not answer within 00:00:00.5000000."));
        _log.CallsTo("p").ShouldBe(3, "a read is retried twice after its first attempt");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        host.Partner("p").LastFailure.ShouldBe("Timeout: Partner 'p' did not answer within 00:00:00.5000000.");
    }

    [Fact]
    public async Task Call_PluginBlocksItsThread_DoesNotHoldTheCallerAndTimesOut()
    {
        // A plugin that blocks costs the host a pool thread per call in it (at most MaxConcurrentCalls), never the caller's.
        var host = await StartAsync(("p", Fault.BlockThread), ("Resilience:MaxRetries", "0"));
        var clock = Stopwatch.StartNew();

        var call = host.Registry.Resolve<IInsurer>("p").CheckEligibilityAsync(InsurerRequests.Eligibility("A"), default);
        var returnedAfter = clock.Elapsed;
        var result = await call;

        returnedAfter.ShouldBeLessThan(TimeSpan.FromSeconds(1), "a blocking plugin would otherwise hold the caller for 30 s");
        result.Failure!.Category.ShouldBe(PartnerFailureCategory.Timeout);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(Fault.Throw, "Plugin 'faulty' threw InvalidOperationException: connection pool exhausted (partner 'p').")]
    [InlineData(Fault.NullResult, "Plugin 'faulty' returned a null PartnerResult`1 (partner 'p'); report this to its publisher.")]
    [InlineData(Fault.NullTask, "Plugin 'faulty' returned a null Task (partner 'p'); report this to its publisher.")]
    public async Task Call_PluginThrowsOrReturnsNull_FailsAsPluginFaultWithoutRetry(Fault fault, string message)
    {
        var host = await StartAsync(("p", fault));

        var result = await host.Registry.Resolve<IInsurer>("p").CheckEligibilityAsync(InsurerRequests.Eligibility("A"), default);

        result.Failure.ShouldBe(new PartnerFailure(PartnerFailureCategory.PluginFault, message));
        _log.CallsTo("p").ShouldBe(1);
    }

    [Fact]
    public async Task Call_PartnerUnavailableTwice_IsRetriedAndSucceeds()
    {
        var host = await StartAsync(("p", Fault.UnavailableThenSucceed));

        var read = await host.Registry.Resolve<IInsurer>("p").CheckEligibilityAsync(InsurerRequests.Eligibility("A"), default);

        read.IsSuccess.ShouldBeTrue(read.ToString());
        _log.CallsTo("p").ShouldBe(3);
    }

    [Fact]
    public async Task Write_WithIdempotencyKey_IsRetriedWithTheSameKey()
    {
        var host = await StartAsync(("p", Fault.UnavailableThenSucceed));
        var key = new IdempotencyKey("pa-knee-42");

        var write = await host.Registry.Resolve<IInsurer>("p").SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("A"), key, default);

        write.GetValueOrThrow().Reference.ShouldBe("PA-pa-knee-42");
        _log.CallsTo("p").ShouldBe(3);
    }

    [Fact]
    public async Task Write_WithoutIdempotencyKey_IsRefusedBeforeReachingThePlugin()
    {
        var host = await StartAsync(("p", Fault.None));

        var write = await host.Registry.Resolve<IInsurer>("p").SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("A"), default, default);

        write.Failure!.Category.ShouldBe(PartnerFailureCategory.InvalidRequest);
        write.Failure.Message.ShouldStartWith("SubmitPriorAuthorizationAsync writes and was called without an idempotency key");
        _log.CallsTo("p").ShouldBe(0);
    }

    [Fact]
    public async Task Call_RepeatedFailures_OpenTheCircuitSoThePluginIsNoLongerCalled()
    {
        var host = await StartAsync(("p", Fault.Throw));
        var insurer = host.Registry.Resolve<IInsurer>("p");
        for (var i = 0; i < 4; i++)
        {
            (await insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("A"), default)).Failure!.Category.ShouldBe(PartnerFailureCategory.PluginFault);
        }

        var refused = await insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("A"), default);

        refused.Failure!.Category.ShouldBe(PartnerFailureCategory.Unavailable);
        refused.Failure.Message.ShouldStartWith("Partner 'p' is not being called after repeated failures (circuit open)");
        _log.CallsTo("p").ShouldBe(4);
        host.Partner("p").Circuit.ShouldBe("Open");
    }

    [Fact]
    public async Task Call_HungCallsHoldTheirSlots_FurtherCallsTimeOutWithoutReachingThePlugin()
    {
        var host = await StartAsync(("p", Fault.HangIgnoringCancellation), ("Resilience:MaxConcurrentCalls", "2"), ("Resilience:MaxRetries", "0"));
        var insurer = host.Registry.Resolve<IInsurer>("p");

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("A"), default)));

        results.ShouldAllBe(r => r.Failure!.Category == PartnerFailureCategory.Timeout);
        _log.CallsTo("p").ShouldBe(2, "a partner that never returns cannot take more than its share of threads");
    }

    [Fact]
    public async Task Call_CallerCancels_ThrowsOperationCanceled()
    {
        var host = await StartAsync(("p", Fault.HangHonouringCancellation));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Should.ThrowAsync<OperationCanceledException>(() => host.Registry.Resolve<IInsurer>("p").CheckEligibilityAsync(InsurerRequests.Eligibility("A"), cancel.Token));
    }

    [Fact]
    public async Task CheckHealth_PluginHangs_IsUnhealthyWithinTheAttemptTimeout()
    {
        var host = await StartAsync(("p", Fault.HangIgnoringCancellation));

        var health = await host.Registry.CheckHealthAsync("p");

        health.ShouldBe(PartnerHealth.Unhealthy("Partner 'p' did not answer its health check within 00:00:00.2000000."));
    }

    [Theory]
    [InlineData(Fault.ThrowInConfigure, "Partner 'p' (plugin faulty) failed to start: InvalidOperationException: certificate store locked")]
    [InlineData(Fault.RegisterNothing, "Partner 'p' (plugin faulty) failed to start: InvalidOperationException: the plugin registered no IInsurer; call builder.AddCapability<IInsurer, ...>() in Configure")]
    public async Task StartAsync_PluginFailsToSetUpPartner_MarksOnlyThatPartnerFailed(Fault fault, string error)
    {
        var host = await StartAsync(("p", fault), ("healthy", Fault.None));

        host.Partner("p").Error.ShouldBe(error);
        host.Partner("healthy").State.ShouldBe(PartnerState.Active);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _log.Dispose();
        _folders.Dispose();
    }

    private Task<PartnerHost> StartAsync((string Id, Fault Fault) partner, params (string Key, string Value)[] more) =>
        StartAsync([partner], more);

    private Task<PartnerHost> StartAsync((string Id, Fault Fault) partner, (string Id, Fault Fault) other) =>
        StartAsync([partner, other], []);

    private async Task<PartnerHost> StartAsync((string Id, Fault Fault)[] partners, (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, fault) in partners)
        {
            (string Key, string Value)[] entries =
            [
                ("Plugin", "faulty"), ("Capability", "insurer"), ("Settings:Fault", fault.ToString()),
                ("Resilience:AttemptTimeout", "00:00:00.200"), ("Resilience:TotalTimeout", "00:00:05"),
                ("Resilience:RetryDelay", "00:00:00.010"), ("Resilience:BreakerMinimumThroughput", "4"),
                .. overrides,
            ];
            foreach (var (key, value) in entries)
            {
                settings[$"Partners:{id}:{key}"] = value;
            }
        }

        _host = await PartnerHost.StartAsync(_folders.Root, settings, b => b.AddBuiltInPlugin("faulty", new FaultyPlugin(_log), "insurer"));
        return _host;
    }
}
