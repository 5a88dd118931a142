using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Platform.Kernel.Security;

namespace Platform.Identity.Tokens;

internal static class JwtValidation
{
    public static void Apply(JwtBearerOptions bearer, JwtSettings jwt)
    {
        // Keep claim names as issued ("sub", "role"), instead of the legacy SOAP URIs.
        bearer.MapInboundClaims = false;
        bearer.Audience = jwt.Audience;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        if (!string.IsNullOrWhiteSpace(jwt.Authority))
        {
            bearer.Authority = jwt.Authority;
        }

        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = string.IsNullOrWhiteSpace(jwt.Authority) ? jwt.Issuer : null,
            ValidIssuers = string.IsNullOrWhiteSpace(jwt.Authority) ? null : [jwt.Issuer, jwt.Authority],
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            IssuerSigningKey = string.IsNullOrWhiteSpace(jwt.SigningKey) ? null : TokenSigning.Key(jwt.SigningKey),
            NameClaimType = PlatformClaims.Name,
            RoleClaimType = PlatformClaims.Role,
        };
    }
}
