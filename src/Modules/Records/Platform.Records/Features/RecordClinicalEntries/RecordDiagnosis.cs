using MediatR;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.ClinicalSummary;
using Platform.Records.Contracts;
using Platform.Records.Persistence;

namespace Platform.Records.Features.RecordClinicalEntries;

internal sealed class RecordDiagnosisValidator(IMediator mediator, TimeProvider clock) : IValidator<RecordDiagnosis>
{
    public async ValueTask ValidateAsync(RecordDiagnosis request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        ClinicalRules.Icd10Code(errors, "code", request.Code);
        ClinicalRules.Text(errors, "text", request.Text, RecordsDbContext.TitleLength);
        DocumentRules.Defined(errors, "status", request.Status);
        errors.NotDefault("notedOn", request.NotedOn);
        ClinicalRules.NotAfter(errors, "notedOn", request.NotedOn, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await ClinicalRules.EnsurePatientAsync(mediator, request.PatientId, cancellationToken);
    }
}

internal sealed class RecordDiagnosisHandler(RecordsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordDiagnosis, ClinicalSummaryDto>
{
    public async Task<ClinicalSummaryDto> Handle(RecordDiagnosis request, CancellationToken cancellationToken)
    {
        var summary = await ClinicalRules.LoadForChangeAsync(db, request.PatientId, request.ExpectedVersion, cancellationToken);
        summary.RecordDiagnosis(request.DiagnosisId, ClinicalRules.NormalizeIcd10(request.Code)!, request.Text, request.Status, request.NotedOn, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return summary.ToDto();
    }
}
