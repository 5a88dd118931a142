using System.Runtime.CompilerServices;
using System.Text;
using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Interpretation;
using Platform.Sdk.Transport;
using Platform.Sdk.Trials;

namespace Platform.Plugins.Tests;

/// <summary>The new shipped plugins unload: after calls that leave work running (trips under way, searches, translation jobs), nothing keeps their load context alive.</summary>
public sealed class ShippedPluginsUnloadingTests : IDisposable
{
    private readonly PluginFolders _folders = new();

    [Fact]
    public async Task GroundTransport_WithTripsUnderWay_IsCollectedAfterDispose()
    {
        _folders.AddBuilt(PluginFolders.DemoGroundTransport);
        var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.GroundTransport("p", ("Settings:StatusStep", "00:10:00"), ("Settings:PendRate", "1")));

        var context = await UseAsync(host.Registry, async registry =>
        {
            var firm = registry.Resolve<IGroundTransport>("p");
            var quote = (await firm.QuoteAsync(TransportRequests.Trip(MobilityAid.Wheelchair), default)).GetValueOrThrow();
            (await firm.BookAsync(TransportRequests.Booking(TransportRequests.Trip(MobilityAid.Wheelchair), quoteId: quote.QuoteId), IdempotencyKey.New(), default)).Kind.ShouldBe(PartnerResultKind.Pending);
        });
        await host.DisposeAsync();

        (await CollectedAsync(context)).ShouldBeTrue("nothing may keep an unloaded plugin alive");
    }

    [Fact]
    public async Task InterpreterAgency_WithSearchesAndJobsRunning_IsCollectedAfterDispose()
    {
        _folders.AddBuilt(PluginFolders.DemoInterpreterAgency);
        var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.InterpreterAgency("p", ("Settings:SearchDelay", "00:10:00"), ("Settings:TranslationStep", "00:10:00"), ("Settings:RarePairDeclineRate", "0")));

        var context = await UseAsync(host.Registry, async registry =>
        {
            var agency = registry.Resolve<IInterpreterAgency>("p");
            var request = new InterpreterRequest("ku", "tr", InterpretingModality.Video, DateTimeOffset.UtcNow.AddDays(2), TimeSpan.FromHours(1), "Europe/Istanbul");
            (await agency.BookInterpreterAsync(request, IdempotencyKey.New(), default)).Kind.ShouldBe(PartnerResultKind.Pending);
            var document = new SupportingDocument("note.txt", "text/plain", Encoding.UTF8.GetBytes("Kontrol muayenesi."));
            (await agency.SubmitTranslationAsync(new TranslationRequest(document, "tr", "en", false, DateTimeOffset.UtcNow.AddDays(3)), IdempotencyKey.New(), default)).IsSuccess.ShouldBeTrue();
        });
        await host.DisposeAsync();

        (await CollectedAsync(context)).ShouldBeTrue("nothing may keep an unloaded plugin alive");
    }

    [Fact]
    public async Task ClinicalTrials_AfterSearchesAndReads_IsCollectedAfterDispose()
    {
        _folders.AddBuilt(PluginFolders.ClinicalTrials);
        var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.ClinicalTrials("p"));

        var context = await UseAsync(host.Registry, async registry =>
        {
            var trials = registry.Resolve<IClinicalTrialRegistry>("p");
            (await trials.SearchAsync(new TrialSearch(Condition: "cancer", Near: new TrialDistance(new GeoPoint(41, 29), 100), PatientSex: TrialSex.Female), default)).IsSuccess.ShouldBeTrue();
            (await trials.GetStudyAsync("NCT09900105", default)).IsSuccess.ShouldBeTrue();
        });
        await host.DisposeAsync();

        (await CollectedAsync(context)).ShouldBeTrue("nothing may keep an unloaded plugin alive");
    }

    public void Dispose() => _folders.Dispose();

    /// <summary>Runs the calls and returns a weak reference to the plugin's load context; no strong reference leaves this method.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> UseAsync(PartnerRegistry registry, Func<PartnerRegistry, Task> calls)
    {
        await calls(registry);
        (await registry.CheckHealthAsync("p")).Status.ShouldBe(PartnerHealthStatus.Healthy);
        return ContextOf(registry);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ContextOf(PartnerRegistry registry) =>
        new(System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(registry.Slot("p")!.Active!.Capability.GetType().Assembly));

    private static async Task<bool> CollectedAsync(WeakReference context)
    {
        for (var i = 0; i < 250 && context.IsAlive; i++) // up to about 10 s: a loaded machine finalizes slowly
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(40);
        }

        return !context.IsAlive;
    }
}
