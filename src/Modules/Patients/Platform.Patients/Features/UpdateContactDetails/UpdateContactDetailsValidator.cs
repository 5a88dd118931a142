using Platform.Kernel.Validation;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.UpdateContactDetails;

internal sealed class UpdateContactDetailsValidator : IValidator<Contracts.UpdateContactDetails>
{
    public ValueTask ValidateAsync(Contracts.UpdateContactDetails request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        ContactRules.Check(errors, "contacts", request.Contacts);
        return ValueTask.CompletedTask;
    }
}
