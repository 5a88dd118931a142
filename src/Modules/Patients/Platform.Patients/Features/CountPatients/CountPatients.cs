using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Patients.Features.SearchPatients;

namespace Platform.Patients.Features.CountPatients;

internal sealed class CountPatientsHandler(PatientListing listing) : IRequestHandler<Contracts.CountPatients, int>
{
    public async Task<int> Handle(Contracts.CountPatients request, CancellationToken cancellationToken) =>
        await (await listing.VisibleAsync(request.Filter, cancellationToken)).CountAsync(cancellationToken);
}
