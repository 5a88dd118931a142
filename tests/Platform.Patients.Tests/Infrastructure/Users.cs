using System.Security.Claims;
using Platform.Kernel.Security;

namespace Platform.Patients.Tests.Infrastructure;

/// <summary>One signed-in user per role of the center.</summary>
public static class Users
{
    public static readonly Guid PartnerOrganization = Guid.Parse("22222222-2222-4222-8222-222222222222");

    public static ClaimsPrincipal Coordinator { get; } = PlatformPrincipal.Create("amira", "Amira Haddad", [Roles.Coordinator]);

    public static ClaimsPrincipal CaseManager { get; } = PlatformPrincipal.Create("daniel", "Daniel Okafor", [Roles.CaseManager]);

    public static ClaimsPrincipal Clinician { get; } = PlatformPrincipal.Create("lena", "Dr. Lena Fischer", [Roles.Clinician]);

    public static ClaimsPrincipal Marketing { get; } = PlatformPrincipal.Create("sofia", "Sofia Alvarez", [Roles.Marketing]);

    public static ClaimsPrincipal Administrator { get; } = PlatformPrincipal.Create("morgan", "Morgan Lee", [Roles.Administrator]);

    public static ClaimsPrincipal PartnerAgent { get; } = PlatformPrincipal.Create("kenji", "Kenji Watanabe", [Roles.PartnerAgent], organizationId: PartnerOrganization);

    public static ClaimsPrincipal PatientWithRecord(Guid patientId) => PlatformPrincipal.Create("maria", "Maria Santos", [Roles.Patient], patientId: patientId);
}
