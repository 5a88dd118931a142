using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Journeys.Contracts;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Records.Contracts;
using Platform.Records.Persistence;
using Platform.Records.Sharing;

namespace Platform.Records.Features.SendHandBackPackage;

/// <summary>
/// Checks the fields, then asks Journeys for the journey and Patients for the home physician and the
/// consent, all before the transaction opens; the handler only reads Records and writes the share.
/// </summary>
internal sealed class SendHandBackPackageValidator(IMediator mediator, IOptions<RecordsOptions> options, TimeProvider clock, HandBackRecipient checkedRecipient)
    : IValidator<Contracts.SendHandBackPackage>
{
    private static readonly JourneyStage[] _afterDischarge = [JourneyStage.Discharged, JourneyStage.FollowUp, JourneyStage.Closed];

    public async ValueTask ValidateAsync(Contracts.SendHandBackPackage request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("journeyId", request.JourneyId);
        var now = clock.GetUtcNow();
        var longest = options.Value.MaxShareDuration;
        if (request.ExpiresAt <= now || request.ExpiresAt > now + longest)
        {
            errors.Add("expiresAt", request.ExpiresAt.ToString("O", CultureInfo.InvariantCulture), "Window",
                $"must be in the future and at most {longest.TotalDays:0} days away (Records:MaxShareDuration)");
        }

        DocumentRules.OptionalText(errors, "note", request.Note);
        if (!errors.IsEmpty)
        {
            return;
        }

        var journey = await mediator.Send(new GetJourney(request.JourneyId), cancellationToken);
        if (!_afterDischarge.Contains(journey.Stage))
        {
            throw new BusinessRuleException("JOURNEY_NOT_DISCHARGED",
                $"Journey {journey.Id} is at {journey.Stage}: the hand-back package goes to the home physician once the patient is discharged (stage {JourneyStage.Discharged} or later).");
        }

        var patient = await mediator.Send(new GetPatient(journey.PatientId), cancellationToken);
        if (patient.HomePhysician is not { Country: { } country } physician || !CountryCode.TryParse(country, out var code))
        {
            throw new BusinessRuleException("HOME_PHYSICIAN_MISSING",
                $"Patient {patient.Id} has no home physician with a country on file ({(patient.HomePhysician is null ? "none recorded" : $"'{patient.HomePhysician.Name}' has no country")}); record the home physician on the patient first.");
        }

        var recipient = new ShareRecipient(ShareRecipientKind.HomePhysician, physician.Name, code.Alpha2, physician.Email);
        var basis = await SharingConsent.RequireAsync(mediator, options.Value, patient.Id, recipient.Name, recipient.Country, cancellationToken);
        checkedRecipient.Set(journey.PatientId, recipient, basis);
    }
}

internal sealed class SendHandBackPackageHandler(RecordsDbContext db, HandBackRecipient checkedRecipient, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.SendHandBackPackage, HandBackPackage>
{
    public async Task<HandBackPackage> Handle(Contracts.SendHandBackPackage request, CancellationToken cancellationToken)
    {
        var (patientId, recipient, basis) = checkedRecipient.Checked
            ?? throw new InvalidOperationException("SendHandBackPackage reached its handler without its checks.");
        var letter = await db.Documents.AsNoTracking()
            .Where(d => d.JourneyId == request.JourneyId && d.Type == DocumentType.HandBackLetter)
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("HAND_BACK_NOT_PREPARED",
                $"Journey {request.JourneyId} has no hand-back letter yet: it is written when the journey moves to {JourneyStage.Discharged}; if it just moved, try again in a moment.");
        var discharge = await db.Documents.AsNoTracking()
            .Where(d => d.PatientId == patientId && d.Type == DocumentType.DischargeSummary && d.TranslationOfId == null)
            .OrderByDescending(d => d.JourneyId == request.JourneyId).ThenByDescending(d => d.CreatedAt)
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("DISCHARGE_SUMMARY_MISSING",
                $"Patient {patientId} has no discharge summary on file: upload it (type {DocumentType.DischargeSummary}) before sending the hand-back package.");

        var now = clock.GetUtcNow();
        var token = ShareTokens.Create();
        var share = Share.Create(patientId, recipient, [letter, discharge], ShareTokens.Hash(token), request.ExpiresAt, basis, request.Note, user.UserId, now);
        db.Shares.Add(share);
        db.Publish(new JourneyTimelineEvent(request.JourneyId, patientId, "hand-back-sent",
            string.Create(CultureInfo.InvariantCulture, $"Hand-back letter and discharge summary shared with {recipient.Name} ({recipient.Country}) until {request.ExpiresAt:yyyy-MM-dd}."),
            user.UserId, now, RecordsModule.SchemaName), request.JourneyId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return new HandBackPackage(share.ToDto(now), token, letter, discharge);
    }
}

/// <summary>The recipient and consent the validator established, for the handler of the same request (one per scope).</summary>
internal sealed class HandBackRecipient
{
    public (Guid PatientId, ShareRecipient Recipient, string ConsentBasis)? Checked { get; private set; }

    public void Set(Guid patientId, ShareRecipient recipient, string consentBasis) => Checked = (patientId, recipient, consentBasis);
}
