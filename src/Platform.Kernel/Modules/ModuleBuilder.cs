using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Modules;

/// <summary>What a module sees while it registers itself.</summary>
public sealed class ModuleBuilder(IModule module, IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
{
    private readonly List<Action<CodeFirstSchema>> _graphQL = [];
    private readonly List<Action<NodeTypes>> _nodeTypes = [];

    internal Type? DbContextType { get; private set; }

    internal IReadOnlyList<Action<CodeFirstSchema>> GraphQLContributions => _graphQL;

    internal IReadOnlyList<Action<NodeTypes>> NodeTypeContributions => _nodeTypes;

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

    /// <summary>
    /// Makes one of the module's object types fetchable by global id through <c>node(id:)</c> and
    /// <c>nodes(ids:)</c>: the type implements the <c>Node</c> interface, so its <c>id</c> field must be a
    /// <see cref="NodeId"/> (GraphQL <c>ID!</c>) whose type name is the GraphQL type's name.
    /// <paramref name="fetch"/> gets the local ids asked for (all of one request at once) and returns
    /// the nodes it found by local id; leave out ids that do not exist. A refusal it throws (through
    /// <c>SendForGraphQLAsync</c>) becomes the field's error, as for any other field.
    /// </summary>
    /// <typeparam name="T">The CLR type of the GraphQL object type, as the module's fields return it.</typeparam>
    public ModuleBuilder AddNodeType<T>(Func<IReadOnlyList<string>, IResolverContext, ValueTask<IReadOnlyDictionary<string, T>>> fetch)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _nodeTypes.Add(nodes => nodes.Add(fetch));
        return this;
    }
}
