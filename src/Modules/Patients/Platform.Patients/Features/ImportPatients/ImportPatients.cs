using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Features.RegisterPatient;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.ImportPatients;

internal sealed class ImportPatientsValidator(TimeProvider clock) : IValidator<Contracts.ImportPatients>
{
    public async ValueTask ValidateAsync(Contracts.ImportPatients request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (request.Patients is null || request.Patients.Count is 0 or > Contracts.ImportPatients.MaxBatch)
        {
            errors.Add("patients", $"{request.Patients?.Count ?? 0} rows", "Count", $"must hold 1 to {Contracts.ImportPatients.MaxBatch} rows; send a larger import in batches");
            return;
        }

        var registration = new RegisterPatientValidator(clock);
        var now = clock.GetUtcNow();
        var chosenIds = new HashSet<Guid>();
        for (var i = 0; i < request.Patients.Count; i++)
        {
            var row = request.Patients[i];
            if (row?.Registration is null)
            {
                errors.Add($"patients[{i}].registration", null, "Required", "is required");
                continue;
            }

            var rowErrors = new ValidationErrors();
            await registration.ValidateAsync(row.Registration, rowErrors, cancellationToken);
            errors.AddNested($"patients[{i}].registration", rowErrors);
            if (row.RegisteredAt > now)
            {
                errors.Add($"patients[{i}].registeredAt", row.RegisteredAt, "NotFuture", "must not be in the future: it is when the source system registered the patient");
            }

            if (row.Registration.PatientId is { } id && !chosenIds.Add(id))
            {
                errors.Add($"patients[{i}].registration.patientId", id, "Unique", "appears on an earlier row of this import; each record needs its own id");
            }
        }
    }
}

internal sealed class ImportPatientsHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.ImportPatients, ImportResult>
{
    public async Task<ImportResult> Handle(Contracts.ImportPatients request, CancellationToken cancellationToken)
    {
        var chosen = request.Patients.Select(p => p.Registration.PatientId).OfType<Guid>().ToList();
        if (chosen.Count > 0)
        {
            var taken = await db.Patients.Where(p => chosen.Contains(p.Id)).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);
            if (taken != Guid.Empty)
            {
                throw new BusinessRuleException("PATIENT_ID_TAKEN", $"A patient record with id '{taken}' already exists; nothing was imported. Leave the id out of that row, or drop the row.");
            }
        }

        var now = clock.StoredNow();
        var ids = new List<Guid>(request.Patients.Count);
        foreach (var row in request.Patients)
        {
            var registeredAt = row.RegisteredAt is { } at ? Instants.Stored(at) : now;
            var patient = row.Registration.ToPatient(user.UserId, registeredAt);
            db.Patients.Add(patient);
            db.Publish(
                new PatientRegistered(patient.Id, patient.Kind, patient.Nationality.Alpha2, patient.Source.Channel, patient.Source.ReferrerOrganizationId, registeredAt),
                PatientPublishing.AggregateKey(patient.Id));
            ids.Add(patient.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportResult(ids);
    }
}
