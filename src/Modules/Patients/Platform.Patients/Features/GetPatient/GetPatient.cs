using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;

namespace Platform.Patients.Features.GetPatient;

internal sealed class GetPatientHandler(PatientsDbContext db) : IRequestHandler<Contracts.GetPatient, PatientDto>
{
    public async Task<PatientDto> Handle(Contracts.GetPatient request, CancellationToken cancellationToken) =>
        (await db.Patients.AsNoTracking().FindPatientAsync(request.PatientId, cancellationToken)).ToDto();
}
