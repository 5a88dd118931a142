namespace Platform.Kernel.Security;

/// <summary>Claim types the platform reads from a token besides the standard ones.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>On a patient's token: the patient record they are.</summary>
    public const string PatientId = "patient_id";

    /// <summary>On a partner agent's token: the partner organization they act for.</summary>
    public const string OrganizationId = "organization_id";
}
