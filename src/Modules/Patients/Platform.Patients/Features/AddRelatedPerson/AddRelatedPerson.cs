using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.AddRelatedPerson;

internal sealed class AddRelatedPersonHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.AddRelatedPerson, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.AddRelatedPerson request, CancellationToken cancellationToken)
    {
        var patient = await db.PatientForChangeAsync(request.PatientId, request.ExpectedVersion, cancellationToken);
        patient.AddRelatedPerson(request.Person.ToFacts(), user.UserId, clock.StoredNow());
        db.PublishDetailsChanged(patient, PatientDetailsSection.RelatedPersons);
        await db.SaveChangesAsync(cancellationToken);
        return patient.ToDto();
    }
}
