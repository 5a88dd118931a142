using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.UpdateContactDetails;

internal sealed class UpdateContactDetailsHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.UpdateContactDetails, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.UpdateContactDetails request, CancellationToken cancellationToken)
    {
        var patient = await db.PatientForChangeAsync(request.PatientId, request.ExpectedVersion, cancellationToken);
        patient.ChangeContacts(request.Contacts.ToContactPoints(), user.UserId, clock.StoredNow());
        db.PublishDetailsChanged(patient, PatientDetailsSection.Contacts);
        await db.SaveChangesAsync(cancellationToken);
        return patient.ToDto();
    }
}
