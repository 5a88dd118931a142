using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.GetMarketingConsent;

/// <summary>Reads only the two kinds of consent marketing acts on; nothing else of the patient leaves here.</summary>
internal sealed class GetMarketingConsentHandler(PatientsDbContext db) : IRequestHandler<Contracts.GetMarketingConsent, MarketingConsentDto>
{
    public async Task<MarketingConsentDto> Handle(Contracts.GetMarketingConsent request, CancellationToken cancellationToken)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == request.PatientId, cancellationToken))
        {
            throw new NotFoundException(nameof(Patient), request.PatientId);
        }

        var records = await db.ConsentRecords.AsNoTracking()
            .Where(r => r.PatientId == request.PatientId && (r.Kind == ConsentKind.Marketing || r.Kind == ConsentKind.Testimonials))
            .ToListAsync(cancellationToken);
        return new MarketingConsentDto(
            request.PatientId,
            ConsentState.Of(ConsentKind.Marketing, records).ToDto(),
            ConsentState.Of(ConsentKind.Testimonials, records).ToDto());
    }
}
