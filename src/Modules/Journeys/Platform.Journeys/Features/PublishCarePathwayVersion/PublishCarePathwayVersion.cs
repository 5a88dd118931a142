using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Pathways;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.PublishCarePathwayVersion;

internal sealed class PublishCarePathwayVersionHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.PublishCarePathwayVersion, CarePathwayDto>
{
    public async Task<CarePathwayDto> Handle(Contracts.PublishCarePathwayVersion request, CancellationToken cancellationToken)
    {
        var latest = await db.Pathways.Where(p => p.ServiceLine == request.ServiceLine).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0;
        var pathway = db.PublishPathway(request, latest + 1, user.UserId, clock.StoredNow());
        await db.SaveChangesAsync(cancellationToken);
        return pathway.ToDto();
    }
}

internal sealed class EnsureDefaultCarePathwaysHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<EnsureDefaultCarePathways, IReadOnlyList<CarePathwayDto>>
{
    public async Task<IReadOnlyList<CarePathwayDto>> Handle(EnsureDefaultCarePathways request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var present = await db.Pathways.Select(p => p.ServiceLine).Distinct().ToListAsync(cancellationToken);
        var published = DefaultCarePathways.All
            .Where(d => !present.Contains(d.ServiceLine))
            .Select(d => db.PublishPathway(d, 1, user.UserId, now))
            .ToList();
        await db.SaveChangesAsync(cancellationToken);
        return [.. published.Select(p => p.ToDto())];
    }
}

internal sealed class ListCarePathwaysHandler(JourneysDbContext db) : IRequestHandler<ListCarePathways, IReadOnlyList<CarePathwayDto>>
{
    public async Task<IReadOnlyList<CarePathwayDto>> Handle(ListCarePathways request, CancellationToken cancellationToken)
    {
        var pathways = db.Pathways.AsNoTracking().Include(p => p.Steps).Include(p => p.FollowUps).Include(p => p.Monitoring).AsQueryable();
        if (request.ServiceLine is { } line)
        {
            pathways = pathways.Where(p => p.ServiceLine == line);
        }

        if (!request.AllVersions)
        {
            pathways = pathways.Where(p => p.Number == db.Pathways.Where(q => q.ServiceLine == p.ServiceLine).Max(q => q.Number));
        }

        var rows = await pathways.OrderBy(p => p.ServiceLine).ThenBy(p => p.Number).AsSplitQuery().ToListAsync(cancellationToken);
        return [.. rows.Select(p => p.ToDto())];
    }
}

internal static class PathwayPublishing
{
    public static PathwayVersion PublishPathway(this JourneysDbContext db, Contracts.PublishCarePathwayVersion request, int number, string by, DateTimeOffset now)
    {
        var pathway = new PathwayVersion(
            request.ServiceLine,
            number,
            request.Name.Trim(),
            request.Description.Trim(),
            [.. (request.RequiredDocuments ?? []).Select(d => d.Trim())],
            [.. (request.Checklist ?? []).Select(c => c.Trim())],
            request.Steps,
            request.FollowUps ?? [],
            request.Monitoring ?? [],
            by,
            now);
        db.Pathways.Add(pathway);
        return pathway;
    }
}

internal sealed class PublishCarePathwayVersionValidator : IValidator<Contracts.PublishCarePathwayVersion>
{
    public const int MaxSteps = 60;
    public const int MaxItems = 30;
    public const int ItemLength = 200;

    public ValueTask ValidateAsync(Contracts.PublishCarePathwayVersion request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.ServiceLine("serviceLine", request.ServiceLine);
        errors.Text("name", request.Name, JourneyModel.Title);
        errors.Text("description", request.Description, JourneyModel.Text);
        if (request.Steps is null || request.Steps.Count is 0 or > MaxSteps)
        {
            errors.Add("steps", request.Steps?.Count, "Count", $"must hold 1 to {MaxSteps} steps");
        }
        else
        {
            for (var i = 0; i < request.Steps.Count; i++)
            {
                var step = request.Steps[i];
                errors.Text($"steps[{i}].title", step.Title, JourneyModel.Title);
                errors.TaskRole($"steps[{i}].ownerRole", step.OwnerRole);
                errors.Defined($"steps[{i}].milestone", (MilestoneKind?)step.Milestone);
                errors.Defined($"steps[{i}].priority", (CareTaskPriority?)step.Priority);
                errors.InRange($"steps[{i}].offsetDays", step.OffsetDays, -365, 730);
            }
        }

        FollowUpRules.FollowUps(errors, "followUps", request.FollowUps);
        FollowUpRules.Thresholds(errors, "monitoring", request.Monitoring);
        Items(errors, "requiredDocuments", request.RequiredDocuments);
        Items(errors, "checklist", request.Checklist);
        return ValueTask.CompletedTask;
    }

    private static void Items(ValidationErrors errors, string field, IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            return;
        }

        if (items.Count > MaxItems)
        {
            errors.Add(field, items.Count, "Count", $"must hold at most {MaxItems} items");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (errors.Text($"{field}[{i}]", items[i], ItemLength) && items[i].Contains('\n', StringComparison.Ordinal))
            {
                errors.Add($"{field}[{i}]", items[i], "SingleLine", "must be one line");
            }
        }
    }
}
