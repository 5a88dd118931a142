using Platform.Kernel.Validation;
using Platform.Patients.Registry;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.MergePatients;

internal sealed class MergePatientsValidator : IValidator<Contracts.MergePatients>
{
    public ValueTask ValidateAsync(Contracts.MergePatients request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        errors.NotDefault("duplicateId", request.DuplicateId);
        if (request.DuplicateExpectedVersion < 1)
        {
            errors.Add("duplicateExpectedVersion", request.DuplicateExpectedVersion, "Positive", "must be the version of the duplicate as read (1 or more)");
        }

        errors.OptionalText("note", request.Note, FieldLimits.Text);
        return ValueTask.CompletedTask;
    }
}
