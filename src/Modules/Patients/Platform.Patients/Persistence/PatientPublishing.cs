using Platform.Patients.Contracts;
using Platform.Patients.Registry;

namespace Platform.Patients.Persistence;

/// <summary>Notifications about patients, queued in the outbox of the unit of work that made the change.</summary>
internal static class PatientPublishing
{
    /// <summary>Every notification about one patient shares this key, so they are delivered in order.</summary>
    public static string AggregateKey(Guid patientId) => $"patient:{patientId}";

    /// <summary>Called before saving a change loaded with an expected version: the saved version is one more.</summary>
    public static void PublishDetailsChanged(this PatientsDbContext db, Patient patient, PatientDetailsSection section) =>
        db.Publish(new PatientDetailsChanged(patient.Id, section, patient.Version + 1, patient.UpdatedAt), AggregateKey(patient.Id));

    public static void PublishConsentChanged(this PatientsDbContext db, Patient patient, ConsentRecord record) =>
        db.Publish(
            new ConsentChanged(patient.Id, record.Kind, record.Decision, patient.ConsentFor(record.Kind).Granted, record.OccurredAt, record.Channel),
            AggregateKey(patient.Id));
}
