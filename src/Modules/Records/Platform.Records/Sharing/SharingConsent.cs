using MediatR;
using Platform.Kernel.Messaging;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;

namespace Platform.Records.Sharing;

/// <summary>
/// The consent a share needs, asked of Patients (GetConsentHistory) before the transaction opens:
/// cross-border transfer for a recipient abroad (another country than Records:CenterCountry, every
/// recipient when it is unset), treatment data sharing otherwise. Used by every way of sharing.
/// </summary>
internal static class SharingConsent
{
    /// <summary>Refuses with CONSENT_REQUIRED unless granted; returns the basis kept on the share.</summary>
    public static async Task<string> RequireAsync(IMediator mediator, RecordsOptions options, Guid patientId, string recipientName, string recipientCountry, CancellationToken cancellationToken)
    {
        var country = CountryCode.Parse(recipientCountry).Alpha2;
        var center = options.CenterCountry is { Length: > 0 } configured ? CountryCode.Parse(configured).Alpha2 : null;
        var abroad = center is null || !string.Equals(center, country, StringComparison.Ordinal);
        var needed = abroad ? ConsentKind.CrossBorderTransfer : ConsentKind.TreatmentDataSharing;
        var consent = await mediator.Send(new GetConsentHistory(patientId, needed), cancellationToken);
        var state = consent.Current.Single(c => c.Kind == needed);
        if (!state.Granted)
        {
            var where = abroad ? $"in {country}, abroad from the center ({center ?? "Records:CenterCountry unset"})" : $"in {country}";
            throw new BusinessRuleException("CONSENT_REQUIRED",
                $"Patient {patientId} has not granted {needed} consent{(state.LastDecision is { } last ? $" (last decision: {last} on {state.DecidedAt:yyyy-MM-dd})" : "")}, which sharing with {recipientName} {where} needs; record the patient's consent first.");
        }

        return $"{needed} granted {state.DecidedAt:yyyy-MM-dd}";
    }
}
