using Platform.GraphQL.Relay;

namespace Platform.Patients.Contracts.GraphQL;

/// <summary>
/// A patient's global id in the GraphQL API: <see cref="NodeId"/> of type <c>Patient</c> around the
/// registry id. Other modules use it to point at patients from their own types and to read the
/// registry id out of an <c>ID</c> argument.
/// </summary>
public static class PatientIds
{
    /// <summary>The GraphQL type name global patient ids carry.</summary>
    public const string TypeName = "Patient";

    /// <summary>The global id of the patient with this registry id.</summary>
    public static NodeId ToNodeId(Guid patientId) => new(TypeName, patientId.ToString("D"));

    /// <summary>The registry id inside a global id; false when the id is of another type or not a patient's.</summary>
    public static bool TryGetPatientId(NodeId id, out Guid patientId)
    {
        patientId = default;
        return id.TypeName == TypeName && Guid.TryParseExact(id.LocalId, "D", out patientId);
    }
}
