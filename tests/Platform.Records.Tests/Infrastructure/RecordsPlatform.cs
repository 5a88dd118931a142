using Microsoft.Extensions.Configuration;
using Platform.Audit;
using Platform.Identity;
using Platform.Journeys;
using Platform.Kernel.Auditing;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Partners;
using Platform.Patients;
using Platform.Plugins;
using Platform.Scheduling;

namespace Platform.Records.Tests.Infrastructure;

/// <summary>
/// The kernel with Audit, Identity, Patients, Journeys, Scheduling, Partners (none configured) and Records over a real database, a content store in a
/// folder of its own, the EICAR test scanner and a small size limit, recording audit entries.
/// </summary>
public sealed class RecordsPlatform : TestPlatform
{
    public const long MaxDocumentBytes = 64 * 1024;

    private RecordsPlatform(ServiceProvider services, string contentRoot)
        : base(services) => ContentRoot = contentRoot;

    public RecordedAudit Audit => Services.GetRequiredService<RecordedAudit>();

    public string ContentRoot { get; }

    /// <summary>Every file the content store holds (not counting its temporary folder).</summary>
    public IReadOnlyList<string> StoredFiles() => Directory.Exists(ContentRoot)
        ? [.. Directory.EnumerateFiles(ContentRoot, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".incoming", StringComparison.Ordinal))]
        : [];

    public static async Task<RecordsPlatform> StartAsync(TestDatabase database, string contentRoot, TimeProvider? clock = null, bool migrate = true) =>
        new(await ComposeAsync(
            database,
            [new AuditModule(), new IdentityModule(), new PatientsModule(), new JourneysModule(), new SchedulingModule(), new PartnersModule(), new RecordsModule()],
            settings: new Dictionary<string, string?>
            {
                ["Records:ContentRoot"] = contentRoot,
                ["Records:VirusScanner"] = "eicar",
                ["Records:MaxDocumentBytes"] = MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Records:CenterCountry"] = "ES",
            },
            configure: services =>
            {
                // No partner configured: translations take the manual path (the host tests order from the demo agency).
                services.AddPartnerPlugins(new ConfigurationBuilder().Build());
                services.AddSingleton<RecordedAudit>();
                services.Decorate<IAuditTrail, RecordingAuditTrail>();
            },
            clock: clock,
            migrate: migrate),
            contentRoot);
}
