using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Modules;
using Platform.Partners.GraphQL;
using Platform.Partners.Health;
using Platform.Partners.Translations;
using Platform.Plugins;
using Platform.Partners.Webhooks;

namespace Platform.Partners;

/// <summary>
/// Partner administration: the partners the hospital configured (plugin, version, capability, state,
/// health, last error, call metrics) and connection tests; translation orders to interpreter agencies and
/// their progress, handed on as <c>PartnerTranslationChanged</c>. The partners themselves live in the plugin
/// registry; this module owns no tables.
/// </summary>
public sealed class PartnersModule : IModule
{
    public const string SchemaName = "partners";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder)
    {
        builder.Services.AddSingleton<PartnerHealthMonitor>();
        builder.Services.AddSingleton<IPartnerEventObserver, TranslationEventObserver>();
        builder.AddGraphQL(schema => schema.AddAnnotated(typeof(PartnerQueries), typeof(PartnerMutations)));
    }

    /// <summary>Partners call back at <c>POST /partners/{partnerId}/webhook</c>; the partner's plugin verifies and parses the call.</summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => WebhookEndpoint.Map(endpoints);
}
