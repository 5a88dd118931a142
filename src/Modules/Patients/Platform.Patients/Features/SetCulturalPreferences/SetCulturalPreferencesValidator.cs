using Platform.Kernel.Validation;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.SetCulturalPreferences;

internal sealed class SetCulturalPreferencesValidator : IValidator<Contracts.SetCulturalPreferences>
{
    public ValueTask ValidateAsync(Contracts.SetCulturalPreferences request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        PreferenceRules.CheckCulture(errors, "preferences", request.Preferences);
        return ValueTask.CompletedTask;
    }
}
