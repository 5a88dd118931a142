using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Kernel.Security;

namespace Platform.Journeys.Features.OpenJourney;

internal sealed class OpenJourneyHandler(JourneysDbContext db, PatientLookup patients, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.OpenJourney, JourneyDto>
{
    public async Task<JourneyDto> Handle(Contracts.OpenJourney request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var patient = await patients.GetAsync(request.PatientId, cancellationToken);
        var stage = request.StartStage ?? StageTransitions.DefaultStart(patient.Kind);
        var pathway = request.ServiceLine is { } line
            ? await db.Pathways.Include(p => p.Steps).Where(p => p.ServiceLine == line).OrderByDescending(p => p.Number).FirstAsync(cancellationToken)
            : null;
        var plan = pathway is null ? null : new PathwayPlan(pathway.Id, pathway.ServiceLine, pathway.Number);

        var journey = Journey.Open(patient.Id, patient.Kind, request.Title.Trim(), stage, request.CareSetting, plan, user.UserId, now);
        db.Journeys.Add(journey);
        var tasks = pathway?.Steps.OrderBy(s => s.Number).Select(step => CareTask.FromStep(journey, step, user.UserId, now)).ToList() ?? [];
        db.Tasks.AddRange(tasks);

        var planned = pathway is null ? "" : $" on the {pathway.Name} pathway (version {pathway.Number}, {tasks.Count} tasks)";
        db.Note(journey.Id, "journey-opened", $"Journey opened in {StageTransitions.Name(stage)}{planned}.", user.UserId, now);
        db.Publish(new JourneyOpened(journey.Id, journey.PatientId, stage, journey.ServiceLine, user.UserId, now), journey.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return journey.ToDto();
    }
}
