using Platform.Kernel.Validation;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.AddRelatedPerson;

internal sealed class AddRelatedPersonValidator : IValidator<Contracts.AddRelatedPerson>
{
    public ValueTask ValidateAsync(Contracts.AddRelatedPerson request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        PersonRules.CheckRelatedPerson(errors, "person", request.Person);
        return ValueTask.CompletedTask;
    }
}
