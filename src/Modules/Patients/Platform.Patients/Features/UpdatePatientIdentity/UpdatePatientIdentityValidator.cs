using Platform.Kernel.Validation;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.UpdatePatientIdentity;

internal sealed class UpdatePatientIdentityValidator(TimeProvider clock) : IValidator<Contracts.UpdatePatientIdentity>
{
    public ValueTask ValidateAsync(Contracts.UpdatePatientIdentity request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        IdentityRules.Check(errors, "identity", request.Identity, clock);
        return ValueTask.CompletedTask;
    }
}
