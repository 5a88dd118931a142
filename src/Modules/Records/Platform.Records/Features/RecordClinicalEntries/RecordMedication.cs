using MediatR;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.ClinicalSummary;
using Platform.Records.Contracts;
using Platform.Records.Persistence;

namespace Platform.Records.Features.RecordClinicalEntries;

internal sealed class RecordMedicationValidator(IMediator mediator) : IValidator<RecordMedication>
{
    public async ValueTask ValidateAsync(RecordMedication request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        ClinicalRules.Text(errors, "name", request.Name, RecordsDbContext.NameLength);
        ClinicalRules.Text(errors, "dose", request.Dose, ClinicalRules.ShortLength);
        ClinicalRules.Text(errors, "route", request.Route, ClinicalRules.ShortLength);
        ClinicalRules.Text(errors, "frequency", request.Frequency, ClinicalRules.ShortLength);
        if (request is { StartedOn: { } started, StoppedOn: { } stopped } && stopped < started)
        {
            errors.Add("stoppedOn", stopped.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "AfterStart",
                $"must be on or after startedOn ({started:yyyy-MM-dd})");
        }

        await ClinicalRules.EnsurePatientAsync(mediator, request.PatientId, cancellationToken);
    }
}

internal sealed class RecordMedicationHandler(RecordsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordMedication, ClinicalSummaryDto>
{
    public async Task<ClinicalSummaryDto> Handle(RecordMedication request, CancellationToken cancellationToken)
    {
        var summary = await ClinicalRules.LoadForChangeAsync(db, request.PatientId, request.ExpectedVersion, cancellationToken);
        summary.RecordMedication(request.MedicationId, request.Name, request.Dose, request.Route, request.Frequency, request.StartedOn, request.StoppedOn, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return summary.ToDto();
    }
}
