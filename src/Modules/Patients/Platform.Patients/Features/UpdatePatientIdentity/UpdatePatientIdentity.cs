using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.UpdatePatientIdentity;

internal sealed class UpdatePatientIdentityHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.UpdatePatientIdentity, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.UpdatePatientIdentity request, CancellationToken cancellationToken)
    {
        var patient = await db.PatientForChangeAsync(request.PatientId, request.ExpectedVersion, cancellationToken);
        patient.ChangeIdentity(request.Identity.ToIdentity(), user.UserId, clock.StoredNow());
        db.PublishDetailsChanged(patient, PatientDetailsSection.Identity);
        await db.SaveChangesAsync(cancellationToken);
        return patient.ToDto();
    }
}
