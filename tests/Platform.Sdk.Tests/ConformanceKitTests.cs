using Platform.Sdk.Testing;

namespace Platform.Sdk.Tests;

/// <summary>The kit catches each way a plugin can break the SDK's rules, and passes one that keeps them.</summary>
public sealed class ConformanceKitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    // Not "manifest": this test assembly holds more than one plugin entry point, which the kit rightly reports.
    public static TheoryData<string> Checks => new(PluginConformance.CheckNames.Where(c => c != "manifest"));

    [Theory]
    [MemberData(nameof(Checks))]
    public Task A_plugin_that_keeps_the_rules_passes(string check) => Kit(TransportFault.None).RunAsync(check);

    [Fact]
    public async Task A_call_that_sleeps_on_the_calling_thread_is_reported_as_blocking()
    {
        var failure = await Should.ThrowAsync<ConformanceException>(() => Kit(TransportFault.BlocksThread, hangLimit: TimeSpan.FromSeconds(1)).RunAsync("no-blocking"));

        failure.Findings.Count.ShouldBe(5);
        failure.Findings.ShouldAllBe(f => f.Contains("held the calling thread for 1 s without handing back its task"));
        failure.Findings[0].ShouldStartWith("QuoteAsync");
    }

    [Fact]
    public async Task A_call_that_ignores_its_token_is_reported()
    {
        var failure = await Should.ThrowAsync<ConformanceException>(() => Kit(TransportFault.IgnoresCancellation, hangLimit: TimeSpan.FromSeconds(1)).RunAsync("cancellation"));

        failure.Findings.ShouldContain(f => f.StartsWith("QuoteAsync cancelled while waiting on the partner did not end within 1 s", StringComparison.Ordinal));
        failure.Findings.ShouldContain(f => f.StartsWith("BookAsync cancelled while waiting on the partner did not end within 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_write_that_acts_again_on_retry_is_reported()
    {
        var failure = await Should.ThrowAsync<ConformanceException>(() => Kit(TransportFault.BooksTwiceOnRetry).RunAsync("idempotency"));

        failure.Findings.ShouldContain(f => f.StartsWith("BookAsync: retried with the same idempotency key it answered Success", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_call_that_throws_is_reported()
    {
        var failure = await Should.ThrowAsync<ConformanceException>(() => Kit(TransportFault.ThrowsOnQuote).RunAsync("results"));

        failure.Findings.ShouldBe(["QuoteAsync threw InvalidOperationException (The fare table is empty.); answer with a PartnerResult (Declined for a refusal, Failed with a category when the partner gives no answer)"]);
    }

    [Fact]
    public async Task A_refusal_dressed_as_success_is_reported()
    {
        var failure = await Should.ThrowAsync<ConformanceException>(() => Kit(TransportFault.SuccessfulDenial).RunAsync("results"));

        failure.Findings.ShouldContain("BookAsync: Success with state Cancelled; refuse a booking as Declined");
    }

    [Fact]
    public async Task Healthy_answers_to_refused_credentials_are_reported()
    {
        var kit = Kit(TransportFault.None, unhealthyKey: "ok-still-accepted");

        var failure = await Should.ThrowAsync<ConformanceException>(() => kit.RunAsync("health"));

        failure.Findings.ShouldBe(["with ConformanceOptions.UnhealthySettings the partner reports Healthy (no description); expected Unhealthy with a description a person can act on"]);
    }

    public void Dispose() => _folder.Dispose();

    private PluginConformance Kit(TransportFault fault, TimeSpan? hangLimit = null, string unhealthyKey = "revoked") =>
        PluginConformance.For<MisbehavingTransportPlugin>(new ConformanceOptions
        {
            Capability = PartnerCapabilities.GroundTransport,
            Settings = Settings("ok-1", "00:00:00.005", fault),
            SlowSettings = Settings("ok-1", "00:00:30", fault),
            UnhealthySettings = Settings(unhealthyKey, "00:00:00.005", fault),
            InvalidSettings = [new("Delay", "soon"), new("Fault", "Sometimes"), new("ApiKey", null)],
            ManifestPath = _folder.Write("plugin.json", """{ "id": "misbehaving", "version": "1.0.0", "publisher": "Tests", "entryAssembly": "Platform.Sdk.Tests.dll", "capabilities": ["ground-transport"], "sdk": ">=1.0.0 <2.0.0" }"""),
            HangLimit = hangLimit ?? TimeSpan.FromSeconds(10),
        });

    private static Dictionary<string, string?> Settings(string apiKey, string delay, TransportFault fault) =>
        new() { ["ApiKey"] = apiKey, ["Delay"] = delay, ["Fault"] = fault.ToString() };
}
