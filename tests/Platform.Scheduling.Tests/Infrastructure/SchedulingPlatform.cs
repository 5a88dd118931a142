using Platform.Audit;
using Platform.Identity;
using Platform.Journeys;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Patients;
using Platform.Plugins;

namespace Platform.Scheduling.Tests.Infrastructure;

/// <summary>The kernel with Audit, Identity, Patients, Journeys and Scheduling over a real database, no video partner configured.</summary>
public sealed class SchedulingPlatform : TestPlatform
{
    private SchedulingPlatform(ServiceProvider services)
        : base(services)
    {
    }

    public static async Task<SchedulingPlatform> StartAsync(TestDatabase database, TimeProvider? clock = null, bool migrate = true) =>
        new(await ComposeAsync(
            database,
            [new AuditModule(), new IdentityModule(), new PatientsModule(), new JourneysModule(), new SchedulingModule()],
            settings: new Dictionary<string, string?>
            {
                ["Journeys:EscalationInterval"] = "00:00:00",
                ["Scheduling:ReminderInterval"] = "00:00:00",
            },
            configure: services => services.AddPartnerPlugins(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()),
            clock: clock,
            migrate: migrate));
}
