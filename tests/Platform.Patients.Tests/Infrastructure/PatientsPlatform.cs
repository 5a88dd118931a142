using Platform.Audit;
using Platform.Identity;
using Platform.Kernel.Auditing;
using Platform.Kernel.Tests.Infrastructure;

namespace Platform.Patients.Tests.Infrastructure;

/// <summary>The kernel with the Audit, Identity and Patients modules, recording audit entries for assertions.</summary>
public sealed class PatientsPlatform : TestPlatform
{
    private PatientsPlatform(ServiceProvider services)
        : base(services)
    {
    }

    public RecordedAudit Audit => Services.GetRequiredService<RecordedAudit>();

    public static async Task<PatientsPlatform> StartAsync(TestDatabase database, TimeProvider? clock = null, bool migrate = true) =>
        new(await ComposeAsync(
            database,
            [new AuditModule(), new IdentityModule(), new PatientsModule()],
            configure: services =>
            {
                services.AddSingleton<RecordedAudit>();
                services.Decorate<IAuditTrail, RecordingAuditTrail>();
            },
            clock: clock,
            migrate: migrate));
}
