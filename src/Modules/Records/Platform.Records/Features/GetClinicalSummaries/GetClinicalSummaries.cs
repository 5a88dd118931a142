using MediatR;
using Platform.Kernel.Security;
using Platform.Records.ClinicalSummary;
using Platform.Records.Contracts;
using Platform.Records.Persistence;

namespace Platform.Records.Features.GetClinicalSummaries;

/// <summary>Care staff read every asked patient's summary; a patient only their own; the rest are left out.</summary>
internal sealed class GetClinicalSummariesHandler(RecordsDbContext db, ICurrentUser user)
    : IRequestHandler<Contracts.GetClinicalSummaries, IReadOnlyDictionary<Guid, ClinicalSummaryDto>>
{
    public const int MaxPatients = 100;

    public async Task<IReadOnlyDictionary<Guid, ClinicalSummaryDto>> Handle(Contracts.GetClinicalSummaries request, CancellationToken cancellationToken)
    {
        var staff = user.IsInRole(Roles.System) || Roles.CareStaff.Any(user.IsInRole);
        var readable = request.PatientIds.Distinct().Where(id => staff || (user.IsInRole(Roles.Patient) && user.PatientId == id)).Take(MaxPatients).ToList();
        if (readable.Count == 0)
        {
            return new Dictionary<Guid, ClinicalSummaryDto>();
        }

        var summaries = await ClinicalRules.ReadManyAsync(db, readable, cancellationToken);
        return summaries.ToDictionary(s => s.Key, s => s.Value.ToDto());
    }
}
