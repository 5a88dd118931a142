using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Modules;

/// <summary>What a module sees while it registers itself.</summary>
public sealed class ModuleBuilder(IModule module, IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
{
    private readonly List<Action<CodeFirstSchema>> _graphQL = [];

    internal Type? DbContextType { get; private set; }

    internal IReadOnlyList<Action<CodeFirstSchema>> GraphQLContributions => _graphQL;

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

    /// <summary>
    /// Contributes the module's part of the one GraphQL schema: its root fields
    /// (<c>schema.AddQuery&lt;PatientQueries&gt;()</c>) and its fields on other modules' types
    /// (<c>ExtendType</c>). The host assembles every module's contributions once, at startup.
    /// </summary>
    public ModuleBuilder AddGraphQL(Action<CodeFirstSchema> contribute)
    {
        ArgumentNullException.ThrowIfNull(contribute);
        _graphQL.Add(contribute);
        return this;
    }
}
