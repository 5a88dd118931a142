using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Audit.Features.VerifyAuditChain;
using Platform.Audit.Persistence;
using Platform.Audit.Trail;
using Platform.Kernel.Auditing;
using Platform.Kernel.Modules;

namespace Platform.Audit;

/// <summary>The tamper-evident audit trail of who read or changed patient data.</summary>
public sealed class AuditModule : IModule
{
    public const string SchemaName = "audit";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder)
    {
        builder.AddDbContext<AuditDbContext>();
        builder.Services.AddSingleton<IAuditTrail, AuditTrail>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => VerifyAuditChainEndpoint.Map(endpoints);
}
