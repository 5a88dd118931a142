using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Records.Contracts;
using Platform.Records.Persistence;
using Platform.Records.Sharing;

namespace Platform.Records.Features.ShareDocuments;

/// <summary>
/// Checks the fields, then the patient's consent (<see cref="SharingConsent"/>), before the
/// transaction opens (see <see cref="PatientChecks"/>).
/// </summary>
internal sealed class ShareDocumentsValidator(TimeProvider clock, IOptions<RecordsOptions> options, IMediator mediator, ShareConsent checkedConsent) : IValidator<Contracts.ShareDocuments>
{
    public const int MaxDocuments = 50;

    public async ValueTask ValidateAsync(Contracts.ShareDocuments request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        if (request.Recipient is not { } recipient)
        {
            errors.Add("recipient", null, "Required", "is required: name who receives the documents");
        }
        else
        {
            DocumentRules.Defined(errors, "recipient.kind", recipient.Kind);
            if (errors.NotEmpty("recipient.name", recipient.Name))
            {
                errors.MaxLength("recipient.name", recipient.Name, RecordsDbContext.NameLength);
            }

            errors.Parses("recipient.country", recipient.Country, CountryCode.Parse);
            errors.MaxLength("recipient.email", recipient.Email, 254);
        }

        var count = request.DocumentIds?.Count ?? 0;
        errors.InRange("documentIds", count, 1, MaxDocuments);
        var now = clock.GetUtcNow();
        var longest = options.Value.MaxShareDuration;
        if (request.ExpiresAt <= now || request.ExpiresAt > now + longest)
        {
            errors.Add("expiresAt", request.ExpiresAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), "Window",
                $"must be in the future and at most {longest.TotalDays:0} days away (Records:MaxShareDuration)");
        }

        DocumentRules.OptionalText(errors, "note", request.Note);
        if (errors.IsEmpty)
        {
            await EnsureConsentAsync(request, cancellationToken);
        }
    }

    private async Task EnsureConsentAsync(Contracts.ShareDocuments request, CancellationToken cancellationToken) =>
        checkedConsent.Basis = await SharingConsent.RequireAsync(mediator, options.Value, request.PatientId, request.Recipient.Name, request.Recipient.Country, cancellationToken);
}

internal sealed class ShareDocumentsHandler(RecordsDbContext db, ShareConsent checkedConsent, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.ShareDocuments, CreatedShare>
{
    public async Task<CreatedShare> Handle(Contracts.ShareDocuments request, CancellationToken cancellationToken)
    {
        var ids = request.DocumentIds.Distinct().ToList();
        var found = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id) && d.PatientId == request.PatientId).Select(d => d.Id).ToListAsync(cancellationToken);
        if (ids.Except(found).ToList() is [_, ..] missing)
        {
            throw new ValidationException(nameof(Contracts.ShareDocuments), [.. missing.Select(id => new ValidationError(
                "documentIds", id.ToString(), "PatientDocument", $"'documentIds' must name documents of patient {request.PatientId}; got '{id}', which is not one."))]);
        }

        var now = clock.GetUtcNow();
        var token = ShareTokens.Create();
        var recipient = request.Recipient with { Country = CountryCode.Parse(request.Recipient.Country).Alpha2 };
        var share = Share.Create(request.PatientId, recipient, ids, ShareTokens.Hash(token), request.ExpiresAt, checkedConsent.Basis
            ?? throw new InvalidOperationException("ShareDocuments reached its handler without its consent check."), request.Note, user.UserId, now);
        db.Shares.Add(share);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedShare(share.ToDto(now), token);
    }
}

/// <summary>The consent the validator found, for the handler of the same request (one per scope).</summary>
internal sealed class ShareConsent
{
    public string? Basis { get; set; }
}
