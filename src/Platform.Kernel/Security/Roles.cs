namespace Platform.Kernel.Security;

/// <summary>The roles of an international patient center. Role claims carry these exact strings.</summary>
public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string CaseManager = "case_manager";
    public const string Clinician = "clinician";
    public const string Finance = "finance";
    public const string Marketing = "marketing";
    public const string PartnerAgent = "partner_agent";
    public const string Administrator = "administrator";
    public const string Patient = "patient";

    /// <summary>The platform itself (outbox delivery, scheduled work, the command line). Never issued in a token.</summary>
    public const string System = "system";

    /// <summary>Roles a token may carry.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Coordinator, CaseManager, Clinician, Finance, Marketing, PartnerAgent, Administrator, Patient];

    /// <summary>Center staff who work on patients' cases.</summary>
    public static IReadOnlyList<string> CareStaff { get; } = [Coordinator, CaseManager, Clinician];
}
