using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.MergePatients;

internal sealed class MergePatientsHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.MergePatients, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.MergePatients request, CancellationToken cancellationToken)
    {
        var survivor = await db.Patients.FindPatientAsync(request.PatientId, cancellationToken);
        var duplicate = await db.Patients.FindPatientAsync(request.DuplicateId, cancellationToken);

        // The reason a merge cannot happen at all comes before a stale version.
        Patient.EnsureCanMerge(survivor, duplicate);
        db.ExpectChange(survivor, request.ExpectedVersion);
        db.ExpectChange(duplicate, request.DuplicateExpectedVersion);

        var consentsBefore = survivor.CurrentConsents.ToDictionary(c => c.Kind, c => c.Granted);
        var now = clock.StoredNow();
        survivor.Absorb(duplicate, Normalized.Text(request.Note), user.UserId, now);

        // Keyed by the duplicate, so it follows everything already told about the duplicate.
        db.Publish(new PatientsMerged(survivor.Id, duplicate.Id, now, user.UserId), PatientPublishing.AggregateKey(duplicate.Id));
        foreach (var state in survivor.CurrentConsents.Where(c => c.Granted != consentsBefore[c.Kind]))
        {
            db.PublishConsentChanged(survivor, state.Latest!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return survivor.ToDto();
    }
}
