using System.Reflection;

namespace Platform.Kernel.Modules;

/// <summary>The modules the host was composed of, and what each owns.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Type, ModuleDescriptor> _byRequest = [];

    internal ModuleCatalog(IReadOnlyList<ModuleDescriptor> modules)
    {
        Modules = modules;
        foreach (var module in modules)
        {
            foreach (var requestType in module.HandledRequests)
            {
                _byRequest[requestType] = module;
            }
        }
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public IEnumerable<Type> DbContextTypes => Modules.Where(m => m.DbContextType is not null).Select(m => m.DbContextType!);

    /// <summary>The module whose handler serves a request type, or null for kernel requests.</summary>
    public ModuleDescriptor? OwnerOf(Type requestType) => _byRequest.GetValueOrDefault(requestType);
}

/// <summary>A registered module: its entry point, its assembly and its database context.</summary>
public sealed record ModuleDescriptor(IModule Module, Assembly Assembly, Type? DbContextType, IReadOnlyList<Type> HandledRequests)
{
    internal IReadOnlyList<Action<Platform.GraphQL.CodeFirst.CodeFirstSchema>> GraphQLContributions { get; init; } = [];

    internal IReadOnlyList<Action<Platform.GraphQL.Relay.NodeTypes>> NodeTypeContributions { get; init; } = [];

    public string Name => Module.Name;
}
