using MediatR;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.RecordConsent;

internal sealed class RecordConsentHandler(PatientsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.RecordConsent, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.RecordConsent request, CancellationToken cancellationToken)
    {
        var patient = await db.PatientForChangeAsync(request.PatientId, request.ExpectedVersion, cancellationToken);
        var now = clock.StoredNow();
        var record = patient.RecordConsent(request.Kind, request.Decision, request.Channel, Instants.Stored(request.OccurredAt ?? now), Normalized.Text(request.Note), user.UserId, now);
        db.PublishConsentChanged(patient, record);
        await db.SaveChangesAsync(cancellationToken);
        return patient.ToDto();
    }
}
