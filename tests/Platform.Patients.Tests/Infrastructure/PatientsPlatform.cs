using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Platform.Audit;
using Platform.Identity;
using Platform.Kernel;
using Platform.Kernel.Auditing;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Tests.Infrastructure;

namespace Platform.Patients.Tests.Infrastructure;

/// <summary>The real kernel composed with the Audit, Identity and Patients modules over a real database.</summary>
public sealed class PatientsPlatform : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PatientsPlatform(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    public RecordedAudit Audit => _services.GetRequiredService<RecordedAudit>();

    public static async Task<PatientsPlatform> StartAsync(TestDatabase database, TimeProvider? clock = null, bool migrate = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Identity:Jwt:SigningKey"] = "patients-tests-signing-key-0123456789abcdef",
        }).Build();
        var environment = new HostingEnvironment { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory, ApplicationName = "Platform.Patients.Tests" };

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPlatform(configuration, environment, new AuditModule(), new IdentityModule(), new PatientsModule());
        services.AddSingleton<RecordedAudit>();
        services.Decorate<IAuditTrail, RecordingAuditTrail>();

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        if (migrate)
        {
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        return new PatientsPlatform(provider);
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
