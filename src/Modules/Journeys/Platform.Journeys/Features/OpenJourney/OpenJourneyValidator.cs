using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.OpenJourney;

internal sealed class OpenJourneyValidator(PatientLookup patients, JourneysDbContext db) : IValidator<Contracts.OpenJourney>
{
    public async ValueTask ValidateAsync(Contracts.OpenJourney request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("title", request.Title, JourneyModel.Title);
        errors.Defined("careSetting", request.CareSetting);
        if (errors.Defined("startStage", request.StartStage) && request.StartStage is { } start && !StageTransitions.StartStages.Contains(start))
        {
            errors.Add("startStage", start, "OneOf", $"must be a stage a journey can open in: {string.Join(", ", StageTransitions.StartStages)}");
        }

        if (request.CareSetting is not null && (request.StartStage ?? JourneyStage.InCare) != JourneyStage.InCare)
        {
            errors.Add("careSetting", request.CareSetting, "InCareOnly", "applies only to a journey that opens in care");
        }

        if (request.ServiceLine is { } line && errors.ServiceLine("serviceLine", line))
        {
            var known = await db.Pathways.Select(p => p.ServiceLine).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
            if (!known.Contains(line))
            {
                errors.Add("serviceLine", line, "Known", $"must be a service line with a published pathway: one of {string.Join(", ", known)}");
            }
        }

        try
        {
            var patient = await patients.GetAsync(request.PatientId, cancellationToken);
            if (patient.MergedIntoId is { } survivor)
            {
                errors.Add("patientId", request.PatientId, "Merged", $"names a record merged into patient {survivor}; open the journey on that record");
            }
        }
        catch (NotFoundException)
        {
            errors.Add("patientId", request.PatientId, "Exists", "must name a registered patient");
        }
    }
}
