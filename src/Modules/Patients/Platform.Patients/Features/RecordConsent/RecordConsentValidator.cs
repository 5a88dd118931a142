using System.Globalization;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Patients.Registry;
using Platform.Patients.Validation;

namespace Platform.Patients.Features.RecordConsent;

internal sealed class RecordConsentValidator(TimeProvider clock) : IValidator<Contracts.RecordConsent>
{
    // Clocks of the portal, a scanner or a phone differ a little from the server's.
    private static readonly TimeSpan _clockSkew = TimeSpan.FromMinutes(5);

    public ValueTask ValidateAsync(Contracts.RecordConsent request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ChangeRules.CheckTarget(errors, request.PatientId, request.ExpectedVersion);
        errors.Defined("kind", (ConsentKind?)request.Kind);
        errors.Defined("decision", (ConsentDecision?)request.Decision);
        errors.Defined("channel", (ConsentChannel?)request.Channel);
        if (request.OccurredAt is { } occurred && occurred > clock.StoredNow() + _clockSkew)
        {
            errors.Add("occurredAt", occurred.ToString("O", CultureInfo.InvariantCulture), "NotFuture", "must not be in the future: record a decision once the patient has made it");
        }

        errors.OptionalText("note", request.Note, FieldLimits.Text);
        return ValueTask.CompletedTask;
    }
}
