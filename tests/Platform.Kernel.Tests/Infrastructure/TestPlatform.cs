using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Modules;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;

namespace Platform.Kernel.Tests.Infrastructure;

/// <summary>
/// The real kernel composed with the given modules over a real database, as the host composes it.
/// Shared by every module's tests (linked into their projects). Disposing it is a "crash":
/// whatever was committed stays, whatever was in memory is gone.
/// </summary>
public class TestPlatform : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    protected TestPlatform(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

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

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected static async Task<ServiceProvider> ComposeAsync(
        TestDatabase database,
        IModule[] modules,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        TimeProvider? clock = null,
        bool migrate = true)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Identity:Jwt:SigningKey"] = "module-tests-signing-key-0123456789abcdef",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var environment = new HostingEnvironment { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory, ApplicationName = "Platform.Tests" };
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPlatform(configuration, environment, modules);
        configure?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        if (migrate)
        {
            await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }

        return provider;
    }
}
