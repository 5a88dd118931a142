using Platform.Kernel.Validation;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.SetHomePhysician;

internal sealed class SetHomePhysicianValidator : IValidator<Contracts.SetHomePhysician>
{
    public ValueTask ValidateAsync(Contracts.SetHomePhysician request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        if (request.Physician is { } physician)
        {
            PersonRules.CheckPhysician(errors, "physician", physician);
        }

        return ValueTask.CompletedTask;
    }
}
