using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Platform.Kernel.Security;

/// <summary>
/// The scoped current user: the HTTP request's principal when there is one, otherwise the
/// principal a background job, the command line or a test assigned to the scope.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private ClaimsPrincipal? _assigned;
    private string? _assignedSource;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public string UserId => IsAuthenticated ? Principal.FindFirstValue(PlatformClaims.Subject) ?? Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown" : "anonymous";

    public string DisplayName => Principal.FindFirstValue(PlatformClaims.Name) ?? Principal.Identity?.Name ?? UserId;

    public IReadOnlySet<string> Roles => Principal.Claims
        .Where(c => c.Type is PlatformClaims.Role or ClaimTypes.Role)
        .Select(c => c.Value)
        .ToHashSet(StringComparer.Ordinal);

    public Guid? PatientId => ReadGuid(PlatformClaims.PatientId);

    public Guid? OrganizationId => ReadGuid(PlatformClaims.OrganizationId);

    public string Source => _assignedSource
        ?? httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString()
        ?? "unknown";

    private ClaimsPrincipal Principal => _assigned ?? httpContextAccessor.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    /// <summary>Makes this scope act as the given principal (outside an HTTP request).</summary>
    public void Assign(ClaimsPrincipal principal, string source)
    {
        _assigned = principal;
        _assignedSource = source;
    }

    private Guid? ReadGuid(string claimType) =>
        Guid.TryParse(Principal.FindFirstValue(claimType), out var id) ? id : null;
}
