using Platform.Kernel.Validation;
using Platform.Patients.Features.SearchPatients;

namespace Platform.Patients.Features.CountPatients;

internal sealed class CountPatientsValidator : IValidator<Contracts.CountPatients>
{
    public ValueTask ValidateAsync(Contracts.CountPatients request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        PatientFilterRules.Check(errors, "filter", request.Filter);
        return ValueTask.CompletedTask;
    }
}
