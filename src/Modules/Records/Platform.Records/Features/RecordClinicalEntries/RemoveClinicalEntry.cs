using MediatR;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.ClinicalSummary;
using Platform.Records.Contracts;
using Platform.Records.Persistence;

namespace Platform.Records.Features.RecordClinicalEntries;

internal sealed class RemoveClinicalEntryValidator : IValidator<RemoveClinicalEntry>
{
    public ValueTask ValidateAsync(RemoveClinicalEntry request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        errors.NotDefault("entryId", request.EntryId);
        ClinicalRules.Text(errors, "reason", request.Reason, RecordsDbContext.TitleLength);
        return ValueTask.CompletedTask;
    }
}

internal sealed class RemoveClinicalEntryHandler(RecordsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RemoveClinicalEntry, ClinicalSummaryDto>
{
    public async Task<ClinicalSummaryDto> Handle(RemoveClinicalEntry request, CancellationToken cancellationToken)
    {
        // A patient without a summary has no entry to remove: Remove answers NOT_FOUND and nothing is saved.
        var summary = await ClinicalRules.LoadForChangeAsync(db, request.PatientId, request.ExpectedVersion, cancellationToken);
        summary.Remove(request.EntryId, request.Reason, user.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return summary.ToDto();
    }
}
