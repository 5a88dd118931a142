using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Patients.Contracts;
using Platform.Patients.Matching;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.FindDuplicateCandidates;

internal sealed class FindDuplicateCandidatesHandler(PatientsDbContext db)
    : IRequestHandler<Contracts.FindDuplicateCandidates, IReadOnlyList<DuplicateCandidateDto>>
{
    public async Task<IReadOnlyList<DuplicateCandidateDto>> Handle(Contracts.FindDuplicateCandidates request, CancellationToken cancellationToken)
    {
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(Patient), request.PatientId);
        return await db.FindDuplicatesAsync(MatchKeys.Of(patient), excluding: patient.Id, cancellationToken);
    }
}
