using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Platform.Audit;
using Platform.Identity;
using Platform.Kernel.Outbox;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Tests.ClinicModule;

namespace Platform.Kernel.Tests.Infrastructure;

/// <summary>
/// The real kernel composed with the Audit, Identity and test Clinic modules over a real database.
/// Disposing it is the "crash": whatever was committed stays, whatever was in memory is gone.
/// </summary>
public sealed class PlatformUnderTest : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PlatformUnderTest(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public DeliveryLog Deliveries => _services.GetRequiredService<DeliveryLog>();

    public OutboxDispatcher Dispatcher => _services.GetRequiredService<OutboxDispatcher>();

    public static async Task<PlatformUnderTest> StartAsync(TestDatabase database, TimeProvider? clock = null, DeliveryLog? deliveries = null, bool migrate = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Outbox:MaxAttempts"] = "3",
            ["Outbox:RetryBaseDelay"] = "00:00:10",
            ["Identity:Jwt:SigningKey"] = "kernel-tests-signing-key-0123456789abcdef",
        }).Build();
        var environment = new HostingEnvironment { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory, ApplicationName = "Platform.Kernel.Tests" };

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton(deliveries ?? new DeliveryLog());
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPlatform(configuration, environment, new AuditModule(), new IdentityModule(), new ClinicTestModule());

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        if (migrate)
        {
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        return new PlatformUnderTest(provider);
    }

    /// <summary>Sends a request through the whole pipeline as the given user, in a scope of its own.</summary>
    public async Task<TResponse> SendAs<TResponse>(ClaimsPrincipal user, IRequest<TResponse> request)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(user, "127.0.0.1");
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs a piece of test code against a module's context in a scope of its own.</summary>
    public async Task<T> WithContext<TContext, T>(Func<TContext, Task<T>> use)
        where TContext : ModuleDbContext
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
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
