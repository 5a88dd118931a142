using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.RemoveRelatedPerson;

internal sealed class RemoveRelatedPersonHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.RemoveRelatedPerson, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.RemoveRelatedPerson request, CancellationToken cancellationToken)
    {
        var patient = await db.PatientForChangeAsync(request.PatientId, request.ExpectedVersion, cancellationToken);
        patient.RemoveRelatedPerson(request.RelatedPersonId, user.UserId, clock.StoredNow());
        db.PublishDetailsChanged(patient, PatientDetailsSection.RelatedPersons);
        await db.SaveChangesAsync(cancellationToken);
        return patient.ToDto();
    }
}
