using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.GetConsentHistory;

internal sealed class GetConsentHistoryHandler(PatientsDbContext db) : IRequestHandler<Contracts.GetConsentHistory, ConsentHistoryDto>
{
    public async Task<ConsentHistoryDto> Handle(Contracts.GetConsentHistory request, CancellationToken cancellationToken)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == request.PatientId, cancellationToken))
        {
            throw new NotFoundException(nameof(Patient), request.PatientId);
        }

        var records = await db.ConsentRecords.AsNoTracking()
            .Where(r => r.PatientId == request.PatientId && (request.Kind == null || r.Kind == request.Kind))
            .ToListAsync(cancellationToken);
        var kinds = request.Kind is { } kind ? [kind] : Enum.GetValues<ConsentKind>();
        return new ConsentHistoryDto(
            request.PatientId,
            [.. kinds.Select(k => ConsentState.Of(k, records).ToDto())],
            [.. records.OrderBy(r => r.OccurredAt).ThenBy(r => r.RecordedAt).Select(r => r.ToDto())]);
    }
}
