using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Patients.Registry;

namespace Platform.Patients.Persistence;

internal static class PatientLoading
{
    /// <summary>The patient with every list on its record, one query per list.</summary>
    public static IQueryable<Patient> WithDetails(this IQueryable<Patient> patients) =>
        patients
            .Include(p => p.RelatedPersons)
            .Include(p => p.Languages)
            .Include(p => p.Consents)
            .Include(p => p.Merges)
            .AsSplitQuery();

    public static async Task<Patient> FindPatientAsync(this IQueryable<Patient> patients, Guid id, CancellationToken cancellationToken) =>
        await patients.WithDetails().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(Patient), id);

    /// <summary>Loads a patient to change it: refuses a merged record, then a stale version.</summary>
    public static async Task<Patient> PatientForChangeAsync(this PatientsDbContext db, Guid id, long expectedVersion, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.FindPatientAsync(id, cancellationToken);
        patient.EnsureNotMerged();
        db.ExpectChange(patient, expectedVersion);
        return patient;
    }

    /// <summary>
    /// Checks the version and marks the patient changed, so its version moves (and is checked by the
    /// database) even when the change touches only one of its lists.
    /// </summary>
    public static void ExpectChange(this PatientsDbContext db, Patient patient, long expectedVersion)
    {
        db.ExpectVersion(patient, expectedVersion);
        db.Entry(patient).Property(p => p.Version).IsModified = true;
    }
}
