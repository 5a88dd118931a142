using Platform.Kernel.Validation;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.RemoveRelatedPerson;

internal sealed class RemoveRelatedPersonValidator : IValidator<Contracts.RemoveRelatedPerson>
{
    public ValueTask ValidateAsync(Contracts.RemoveRelatedPerson request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        errors.NotDefault("relatedPersonId", request.RelatedPersonId);
        return ValueTask.CompletedTask;
    }
}
