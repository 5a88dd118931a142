using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Modules;

/// <summary>What a module sees while it registers itself.</summary>
public sealed class ModuleBuilder(IModule module, IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
{
    internal Type? DbContextType { get; private set; }

    public IModule Module { get; } = module;

    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    public IHostEnvironment Environment { get; } = environment;

    /// <summary>Registers the module's own database context on the configured provider.</summary>
    public ModuleBuilder AddDbContext<TContext>()
        where TContext : ModuleDbContext
    {
        if (DbContextType is not null)
        {
            throw new InvalidOperationException(
                $"Module '{Module.Name}' already registered {DbContextType.Name}; a module owns exactly one database context.");
        }

        DbContextType = typeof(TContext);
        var schema = Module.Name;
        Services.AddDbContext<TContext>((sp, options) => sp.GetRequiredService<DatabaseConfigurator>().Configure(options, schema));
        return this;
    }
}
