using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Persistence;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.GetServiceLevelReport;

/// <summary>
/// Counts dated tasks by outcome, grouped in the database (by role, and by service line and step),
/// so the report reads a few rows per group whatever the number of tasks.
/// </summary>
internal sealed class GetServiceLevelReportHandler(JourneysDbContext db, TimeProvider clock) : IRequestHandler<Contracts.GetServiceLevelReport, ServiceLevelReport>
{
    public async Task<ServiceLevelReport> Handle(Contracts.GetServiceLevelReport request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var tasks = db.Tasks.AsNoTracking().Where(t => t.DueAt != null && t.Status != CareTaskStatus.Cancelled);
        if (request.From is { } from)
        {
            tasks = tasks.Where(t => t.DueAt >= from);
        }

        if (request.To is { } to)
        {
            tasks = tasks.Where(t => t.DueAt < to);
        }

        var byRole = await tasks
            .GroupBy(t => t.OwnerRole)
            .Select(g => new Counts(
                g.Key,
                null,
                null,
                g.Count(t => t.Status == CareTaskStatus.Done && t.CompletedAt <= t.DueAt),
                g.Count(t => t.Status == CareTaskStatus.Done && t.CompletedAt > t.DueAt),
                g.Count(t => t.Status != CareTaskStatus.Done && t.DueAt < now),
                g.Count(t => t.Status != CareTaskStatus.Done && t.DueAt >= now)))
            .ToListAsync(cancellationToken);

        var steps = await tasks
            .Where(t => t.StepNumber != null)
            .Join(db.Pathways, t => t.PathwayVersionId, p => p.Id, (t, p) => new { Task = t, p.ServiceLine })
            .GroupBy(x => new { x.ServiceLine, x.Task.StepNumber, x.Task.Title })
            .Select(g => new Counts(
                g.Key.Title,
                g.Key.ServiceLine,
                g.Key.StepNumber,
                g.Count(x => x.Task.Status == CareTaskStatus.Done && x.Task.CompletedAt <= x.Task.DueAt),
                g.Count(x => x.Task.Status == CareTaskStatus.Done && x.Task.CompletedAt > x.Task.DueAt),
                g.Count(x => x.Task.Status != CareTaskStatus.Done && x.Task.DueAt < now),
                g.Count(x => x.Task.Status != CareTaskStatus.Done && x.Task.DueAt >= now)))
            .ToListAsync(cancellationToken);

        var total = new Counts("all", null, null, byRole.Sum(r => r.OnTime), byRole.Sum(r => r.Late), byRole.Sum(r => r.OpenOverdue), byRole.Sum(r => r.OpenNotYetDue));
        return new ServiceLevelReport(
            now,
            total.ToLine(),
            [.. byRole.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.ToLine())],
            [.. steps.OrderBy(s => s.ServiceLine, StringComparer.Ordinal).ThenBy(s => s.Step).Select(s => s.ToLine())]);
    }

    private sealed record Counts(string Key, string? ServiceLine, int? Step, int OnTime, int Late, int OpenOverdue, int OpenNotYetDue)
    {
        public ServiceLevelLine ToLine()
        {
            var done = OnTime + Late;
            var key = ServiceLine is null ? Key : $"{ServiceLine} #{Step} {Key}";
            return new ServiceLevelLine(key, OnTime, Late, OpenOverdue, OpenNotYetDue, done == 0 ? null : Math.Round((double)OnTime / done, 4));
        }
    }
}

internal sealed class GetServiceLevelReportValidator : IValidator<Contracts.GetServiceLevelReport>
{
    public ValueTask ValidateAsync(Contracts.GetServiceLevelReport request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (request is { From: { } from, To: { } to } && from >= to)
        {
            errors.Add("to", to, "Order", "must be after from");
        }

        return ValueTask.CompletedTask;
    }
}
