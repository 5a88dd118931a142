using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.ImportJourneys;

internal sealed class ImportJourneysValidator(JourneysDbContext db, TimeProvider clock) : IValidator<Contracts.ImportJourneys>
{
    public async ValueTask ValidateAsync(Contracts.ImportJourneys request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (request.Journeys is null || request.Journeys.Count is 0 or > Contracts.ImportJourneys.MaxBatch)
        {
            errors.Add("journeys", $"{request.Journeys?.Count ?? 0} rows", "Count", $"must hold 1 to {Contracts.ImportJourneys.MaxBatch} rows; send a larger import in batches");
            return;
        }

        var known = await db.Pathways.Select(p => p.ServiceLine).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        for (var i = 0; i < request.Journeys.Count; i++)
        {
            var row = request.Journeys[i];
            var at = $"journeys[{i}]";
            if (row is null)
            {
                errors.Add(at, null, "Required", "is required");
                continue;
            }

            if (row.PatientId == Guid.Empty)
            {
                errors.Add($"{at}.patientId", row.PatientId, "Required", "must name the patient's record id");
            }

            errors.Defined<Platform.Patients.Contracts.PatientKind>($"{at}.patientKind", row.PatientKind);
            errors.Text($"{at}.title", row.Title, JourneyModel.Title);
            if (errors.ServiceLine($"{at}.serviceLine", row.ServiceLine) && !known.Contains(row.ServiceLine))
            {
                errors.Add($"{at}.serviceLine", row.ServiceLine, "Known", $"must be a service line with a published pathway: one of {string.Join(", ", known)}");
            }

            errors.Defined<JourneyStage>($"{at}.stage", row.Stage);
            if (row.OpenedAt > now)
            {
                errors.Add($"{at}.openedAt", row.OpenedAt, "NotFuture", "must not be in the future: it is when the source system opened the journey");
            }

            foreach (var (kind, date) in row.Milestones ?? new Dictionary<MilestoneKind, DateTimeOffset>())
            {
                if (errors.Defined<MilestoneKind>($"{at}.milestones", kind) && date < row.OpenedAt && kind != MilestoneKind.InquiryReceived)
                {
                    errors.Add($"{at}.milestones.{kind}", date, "NotBeforeOpening", $"must not be before the journey opened ({row.OpenedAt:O})");
                }
            }

            if (row.TasksDoneThrough > now)
            {
                errors.Add($"{at}.tasksDoneThrough", row.TasksDoneThrough, "NotFuture", "must not be in the future: only work already done can be imported as done");
            }

            if (row.CoordinatorUserId is not null || row.CoordinatorName is not null)
            {
                errors.Text($"{at}.coordinatorUserId", row.CoordinatorUserId, JourneyModel.UserId);
                errors.Text($"{at}.coordinatorName", row.CoordinatorName, JourneyModel.Title);
            }
        }
    }
}

internal sealed class ImportJourneysHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.ImportJourneys, JourneyImportResult>
{
    public async Task<JourneyImportResult> Handle(Contracts.ImportJourneys request, CancellationToken cancellationToken)
    {
        var lines = request.Journeys.Select(r => r.ServiceLine).Distinct().ToList();
        var pathways = (await db.Pathways.Include(p => p.Steps).Where(p => lines.Contains(p.ServiceLine)).ToListAsync(cancellationToken))
            .GroupBy(p => p.ServiceLine)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.Number)!);
        var now = clock.StoredNow();
        var ids = new List<Guid>(request.Journeys.Count);
        var taskCount = 0;
        foreach (var row in request.Journeys)
        {
            var pathway = pathways[row.ServiceLine];
            var openedAt = Instants.Stored(row.OpenedAt);
            var journey = Journey.Imported(row.PatientId, row.PatientKind, row.Title.Trim(), row.Stage, new PathwayPlan(pathway.Id, pathway.ServiceLine, pathway.Number), user.UserId, openedAt);
            foreach (var (kind, date) in row.Milestones ?? new Dictionary<MilestoneKind, DateTimeOffset>())
            {
                journey.SetMilestone(kind, Instants.Stored(date), user.UserId, openedAt);
            }

            if (row.CoordinatorUserId is { } coordinator)
            {
                journey.AssignCareTeamMember(CareTeamRole.Coordinator, coordinator, row.CoordinatorName!.Trim(), user.UserId, openedAt);
            }

            db.Journeys.Add(journey);
            foreach (var step in pathway.Steps.OrderBy(s => s.Number))
            {
                var task = CareTask.FromStep(journey, step, user.UserId, openedAt);
                if (row.TasksDoneThrough is { } through && task.DueAt is { } due && due <= through)
                {
                    task.Complete(null, user.UserId, due);
                }

                db.Tasks.Add(task);
                taskCount++;
            }

            db.Note(journey.Id, "journey-imported", $"Journey imported in {StageTransitions.Name(row.Stage)} on the {pathway.Name} pathway (version {pathway.Number}, {pathway.Steps.Count} tasks).", user.UserId, openedAt);
            ids.Add(journey.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new JourneyImportResult(ids, taskCount);
    }
}
