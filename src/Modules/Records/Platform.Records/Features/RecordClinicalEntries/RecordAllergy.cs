using MediatR;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.ClinicalSummary;
using Platform.Records.Contracts;
using Platform.Records.Persistence;

namespace Platform.Records.Features.RecordClinicalEntries;

internal sealed class RecordAllergyValidator(IMediator mediator) : IValidator<RecordAllergy>
{
    public async ValueTask ValidateAsync(RecordAllergy request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        ClinicalRules.Text(errors, "substance", request.Substance, RecordsDbContext.NameLength);
        errors.MaxLength("reaction", request.Reaction, RecordsDbContext.TitleLength);
        DocumentRules.Defined(errors, "severity", request.Severity);
        await ClinicalRules.EnsurePatientAsync(mediator, request.PatientId, cancellationToken);
    }
}

internal sealed class RecordAllergyHandler(RecordsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordAllergy, ClinicalSummaryDto>
{
    public async Task<ClinicalSummaryDto> Handle(RecordAllergy request, CancellationToken cancellationToken)
    {
        var summary = await ClinicalRules.LoadForChangeAsync(db, request.PatientId, request.ExpectedVersion, cancellationToken);
        summary.RecordAllergy(request.AllergyId, request.Substance, request.Reaction, request.Severity, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return summary.ToDto();
    }
}
