using System.Security.Claims;
using MediatR;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Identity.Contracts;
using Platform.Identity.Tokens;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Identity.Features.IssueDevelopmentToken;

internal sealed class IssueDevelopmentTokenHandler(IOptions<IdentityOptions> options, TimeProvider clock)
    : IRequestHandler<Contracts.IssueDevelopmentToken, DevelopmentToken>
{
    public Task<DevelopmentToken> Handle(Contracts.IssueDevelopmentToken request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.DevelopmentTokens.Enabled || string.IsNullOrEmpty(settings.Jwt.SigningKey))
        {
            throw new BusinessRuleException(
                "DEVELOPMENT_TOKENS_DISABLED",
                "Development tokens are switched off: set Identity:DevelopmentTokens:Enabled to true and Identity:Jwt:SigningKey (the Development environment does both).");
        }

        var user = DemoUsers.Find(request.User ?? "") ?? throw new BusinessRuleException(
            "UNKNOWN_DEMO_USER",
            $"'{request.User}' is not a demo user: expected one of {string.Join(", ", DemoUsers.All.Select(u => u.UserName))}.");

        var now = clock.GetUtcNow();
        var expires = now + settings.DevelopmentTokens.Lifetime;
        var principal = PlatformPrincipal.Create(user.UserName, user.DisplayName, user.Roles, user.PatientId, user.OrganizationId);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Jwt.Issuer,
            Audience = settings.Jwt.Audience,
            Subject = (ClaimsIdentity)principal.Identity!,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(TokenSigning.Key(settings.Jwt.SigningKey), SecurityAlgorithms.HmacSha256),
        });
        return Task.FromResult(new DevelopmentToken(token, "Bearer", expires, user));
    }
}

internal sealed class ListDemoUsersHandler : IRequestHandler<ListDemoUsers, IReadOnlyList<DemoUser>>
{
    public Task<IReadOnlyList<DemoUser>> Handle(ListDemoUsers request, CancellationToken cancellationToken) => Task.FromResult(DemoUsers.All);
}
