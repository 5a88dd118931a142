using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Http;

namespace Platform.Audit.Features.VerifyAuditChain;

/// <summary>GET /audit/verify for an administrator or an auditor's script; the same check as the command line's "audit verify".</summary>
internal static class VerifyAuditChainEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/audit/verify", (IMediator mediator, CancellationToken ct) => RequestResults.SendAsync(mediator, new Contracts.VerifyAuditChain(), ct));
}
