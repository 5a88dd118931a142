using Platform.Identity.Contracts;
using Platform.Kernel.Security;

namespace Platform.Identity.Tokens;

/// <summary>
/// One demo login per role. The identifiers are fixed so demo data can refer to them: the demo
/// patient's record and the demo partner organization.
/// </summary>
internal static class DemoUsers
{
    public static readonly Guid DemoPatientId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    public static readonly Guid DemoPartnerOrganizationId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("coordinator", "Amira Haddad", [Roles.Coordinator], null, null),
        new("case_manager", "Daniel Okafor", [Roles.CaseManager], null, null),
        new("clinician", "Dr. Lena Fischer", [Roles.Clinician], null, null),
        new("finance", "Priya Raman", [Roles.Finance], null, null),
        new("marketing", "Sofia Alvarez", [Roles.Marketing], null, null),
        new("partner_agent", "Kenji Watanabe", [Roles.PartnerAgent], null, DemoPartnerOrganizationId),
        new("administrator", "Morgan Lee", [Roles.Administrator], null, null),
        new("patient", "Maria Santos", [Roles.Patient], DemoPatientId, null),
    ];

    public static DemoUser? Find(string userName) =>
        All.FirstOrDefault(u => string.Equals(u.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase));
}
