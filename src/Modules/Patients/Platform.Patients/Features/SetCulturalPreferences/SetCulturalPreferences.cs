using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.SetCulturalPreferences;

internal sealed class SetCulturalPreferencesHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.SetCulturalPreferences, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.SetCulturalPreferences request, CancellationToken cancellationToken)
    {
        var patient = await db.PatientForChangeAsync(request.PatientId, request.ExpectedVersion, cancellationToken);
        patient.ChangeCulture(request.Preferences.ToProfile(), user.UserId, clock.StoredNow());
        db.PublishDetailsChanged(patient, PatientDetailsSection.CulturalPreferences);
        await db.SaveChangesAsync(cancellationToken);
        return patient.ToDto();
    }
}
