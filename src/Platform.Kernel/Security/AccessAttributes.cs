namespace Platform.Kernel.Security;

/// <summary>The request may be sent by a user holding any one of these roles.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RequiresRoleAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>The request may be sent by anyone, signed in or not (for example a public inquiry form).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PublicRequestAttribute : Attribute;

/// <summary>
/// The request touches a patient's data. Patients pass only for their own record, partner agents
/// only when their organization was granted the patient, and every attempt is audited.
/// </summary>
public interface IPatientScoped
{
    Guid PatientId { get; }
}

/// <summary>Audit every use of this request even though it is not patient-scoped.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AuditedAttribute(string resourceType) : Attribute
{
    public string ResourceType { get; } = resourceType;
}
