using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.SetHomePhysician;

internal sealed class SetHomePhysicianHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.SetHomePhysician, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.SetHomePhysician request, CancellationToken cancellationToken)
    {
        var patient = await db.PatientForChangeAsync(request.PatientId, request.ExpectedVersion, cancellationToken);
        patient.ChangeHomePhysician(request.Physician?.ToPhysician(), user.UserId, clock.StoredNow());
        db.PublishDetailsChanged(patient, PatientDetailsSection.HomePhysician);
        await db.SaveChangesAsync(cancellationToken);
        return patient.ToDto();
    }
}
