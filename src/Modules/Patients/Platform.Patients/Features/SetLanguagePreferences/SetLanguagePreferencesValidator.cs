using Platform.Kernel.Validation;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.SetLanguagePreferences;

internal sealed class SetLanguagePreferencesValidator : IValidator<Contracts.SetLanguagePreferences>
{
    public ValueTask ValidateAsync(Contracts.SetLanguagePreferences request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        PreferenceRules.CheckLanguages(errors, "languages", request.Languages);
        return ValueTask.CompletedTask;
    }
}
