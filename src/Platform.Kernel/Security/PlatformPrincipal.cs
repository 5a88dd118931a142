using System.Security.Claims;

namespace Platform.Kernel.Security;

/// <summary>Builds principals for work the platform does on its own behalf, and for tests.</summary>
public static class PlatformPrincipal
{
    public static ClaimsPrincipal System { get; } = Create("system", "Platform", [Roles.System]);

    public static ClaimsPrincipal Create(string userId, string name, IEnumerable<string> roles, Guid? patientId = null, Guid? organizationId = null)
    {
        List<Claim> claims = [new(PlatformClaims.Subject, userId), new(PlatformClaims.Name, name)];
        claims.AddRange(roles.Select(r => new Claim(PlatformClaims.Role, r)));
        if (patientId is { } p)
        {
            claims.Add(new Claim(PlatformClaims.PatientId, p.ToString()));
        }

        if (organizationId is { } o)
        {
            claims.Add(new Claim(PlatformClaims.OrganizationId, o.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "platform", PlatformClaims.Name, PlatformClaims.Role));
    }
}
