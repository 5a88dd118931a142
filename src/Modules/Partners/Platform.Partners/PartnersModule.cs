using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Modules;
using Platform.Partners.GraphQL;
using Platform.Partners.Health;

namespace Platform.Partners;

/// <summary>
/// Partner administration: the partners the hospital configured (plugin, version, capability, state,
/// health, last error, call metrics) and connection tests. The partners themselves live in the plugin
/// registry; this module owns no tables.
/// </summary>
public sealed class PartnersModule : IModule
{
    public const string SchemaName = "partners";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder)
    {
        builder.Services.AddSingleton<PartnerHealthMonitor>();
        builder.AddGraphQL(schema => schema.AddAnnotated(typeof(PartnerQueries), typeof(PartnerMutations)));
    }
}
