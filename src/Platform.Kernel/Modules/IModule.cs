using Microsoft.AspNetCore.Routing;

namespace Platform.Kernel.Modules;

/// <summary>
/// The one entry point of a module. The host lists modules; each registers its services,
/// its database context and its GraphQL schema contributions.
/// </summary>
public interface IModule
{
    /// <summary>Short lower-case name; also the database schema (PostgreSQL) or table prefix (SQLite).</summary>
    string Name { get; }

    void Register(ModuleBuilder builder);

    /// <summary>Operational HTTP endpoints a module owns besides GraphQL (for example token issuance).</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
