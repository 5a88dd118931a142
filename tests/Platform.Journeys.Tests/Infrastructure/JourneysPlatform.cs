using Platform.Audit;
using Platform.Identity;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Patients;

namespace Platform.Journeys.Tests.Infrastructure;

/// <summary>The kernel with the Audit, Identity, Patients and Journeys modules, as the host composes them.</summary>
public sealed class JourneysPlatform : TestPlatform
{
    private JourneysPlatform(ServiceProvider services)
        : base(services)
    {
    }

    public static async Task<JourneysPlatform> StartAsync(TestDatabase database, TimeProvider? clock = null, bool migrate = true) =>
        new(await ComposeAsync(
            database,
            [new AuditModule(), new IdentityModule(), new PatientsModule(), new JourneysModule()],
            clock: clock,
            migrate: migrate));
}
