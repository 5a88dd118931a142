using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.RegisterPatient;

internal sealed class RegisterPatientValidator(TimeProvider clock) : IValidator<Contracts.RegisterPatient>
{
    public ValueTask ValidateAsync(Contracts.RegisterPatient request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Defined("kind", (PatientKind?)request.Kind);
        IdentityRules.Check(errors, "identity", request.Identity, clock);
        if (request.Contacts is not null)
        {
            ContactRules.Check(errors, "contacts", request.Contacts);
        }

        PreferenceRules.CheckLanguages(errors, "preferredLanguages", request.PreferredLanguages);
        PreferenceRules.CheckSource(errors, "source", request.Source);
        if (request.PatientId == Guid.Empty)
        {
            errors.Add("patientId", Guid.Empty, "NotEmpty", "must not be the empty id (leave it out to have one assigned)");
        }

        return ValueTask.CompletedTask;
    }
}
