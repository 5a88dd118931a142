using System.Security.Claims;
using Platform.Audit;
using Platform.Identity;
using Platform.Kernel.Outbox;
using Platform.Kernel.Security;
using Platform.Kernel.Tests.ClinicModule;

namespace Platform.Kernel.Tests.Infrastructure;

/// <summary>The kernel with the Audit, Identity and test Clinic modules, and the Clinic's delivery log.</summary>
public sealed class PlatformUnderTest : TestPlatform
{
    private PlatformUnderTest(ServiceProvider services)
        : base(services)
    {
    }

    public DeliveryLog Deliveries => Services.GetRequiredService<DeliveryLog>();

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public static async Task<PlatformUnderTest> StartAsync(TestDatabase database, TimeProvider? clock = null, DeliveryLog? deliveries = null, bool migrate = true) =>
        new(await ComposeAsync(
            database,
            [new AuditModule(), new IdentityModule(), new ClinicTestModule()],
            new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3", ["Outbox:RetryBaseDelay"] = "00:00:10" },
            services => services.AddSingleton(deliveries ?? new DeliveryLog()),
            clock,
            migrate));
}

public static class Users
{
    public static readonly Guid OwnPatient = Guid.Parse("11111111-1111-4111-8111-111111111111");
    public static readonly Guid PartnerOrganization = Guid.Parse("22222222-2222-4222-8222-222222222222");

    public static ClaimsPrincipal Coordinator { get; } = PlatformPrincipal.Create("amira", "Amira Haddad", [Roles.Coordinator]);

    public static ClaimsPrincipal Administrator { get; } = PlatformPrincipal.Create("morgan", "Morgan Lee", [Roles.Administrator]);

    public static ClaimsPrincipal Marketing { get; } = PlatformPrincipal.Create("sofia", "Sofia Alvarez", [Roles.Marketing]);

    public static ClaimsPrincipal Patient { get; } = PlatformPrincipal.Create("maria", "Maria Santos", [Roles.Patient], patientId: OwnPatient);

    public static ClaimsPrincipal PartnerAgent { get; } = PlatformPrincipal.Create("kenji", "Kenji Watanabe", [Roles.PartnerAgent], organizationId: PartnerOrganization);

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());
}
