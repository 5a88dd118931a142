using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.SetLanguagePreferences;

internal sealed class SetLanguagePreferencesHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.SetLanguagePreferences, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.SetLanguagePreferences request, CancellationToken cancellationToken)
    {
        var patient = await db.PatientForChangeAsync(request.PatientId, request.ExpectedVersion, cancellationToken);
        patient.ChangeLanguages(request.Languages.ToLanguageTags(), request.InterpreterNeeded, user.UserId, clock.StoredNow());
        db.PublishDetailsChanged(patient, PatientDetailsSection.Languages);
        await db.SaveChangesAsync(cancellationToken);
        return patient.ToDto();
    }
}
