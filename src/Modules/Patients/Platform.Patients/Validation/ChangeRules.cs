using Platform.Kernel.Validation;

namespace Platform.Patients.Validation;

/// <summary>What every change to an existing patient names: the patient, and the version it was made from.</summary>
internal static class ChangeRules
{
    public static void CheckTarget(ValidationErrors errors, Guid patientId, long expectedVersion)
    {
        errors.NotDefault("patientId", patientId);
        if (expectedVersion < 1)
        {
            errors.Add("expectedVersion", expectedVersion, "Positive", "must be the version of the patient the change was made from, as read (1 or more)");
        }
    }
}
