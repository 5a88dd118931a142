using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Journeys.Features.SearchJourneys;

/// <summary>Keyset paging over an index on (sort instant, id): each page continues after the last row of the one before.</summary>
internal sealed class SearchJourneysHandler(JourneysDbContext db, JourneyScope scope, TimeProvider clock) : IRequestHandler<Contracts.SearchJourneys, JourneyPage>
{
    public async Task<JourneyPage> Handle(Contracts.SearchJourneys request, CancellationToken cancellationToken)
    {
        var filtered = db.Filtered(request.Filter, await scope.VisiblePatientsAsync(cancellationToken), clock.GetUtcNow());
        var page = await Ordered(filtered, request.OrderBy, JourneyCursor.TryDecode(request.After))
            .Take(request.First + 1)
            .WithDetails()
            .ToListAsync(cancellationToken);
        var edges = page.Take(request.First)
            .Select(j => new JourneyEdgeDto(j.ToDto(), new JourneyCursor(request.OrderBy, SortInstant(j, request.OrderBy), j.Id).Encode()))
            .ToList();
        return new JourneyPage(edges, page.Count > request.First);
    }

    private static DateTimeOffset SortInstant(Journey journey, JourneyOrder order) => order == JourneyOrder.UpdatedNewestFirst ? journey.UpdatedAt : journey.OpenedAt;

    private static IQueryable<Journey> Ordered(IQueryable<Journey> journeys, JourneyOrder order, JourneyCursor? after)
    {
        switch (order)
        {
            case JourneyOrder.OpenedOldestFirst:
                if (after is { At: var at, Id: var id })
                {
                    journeys = journeys.Where(j => j.OpenedAt > at || (j.OpenedAt == at && j.Id.CompareTo(id) > 0));
                }

                return journeys.OrderBy(j => j.OpenedAt).ThenBy(j => j.Id);
            case JourneyOrder.OpenedNewestFirst:
                if (after is { At: var opened, Id: var last })
                {
                    journeys = journeys.Where(j => j.OpenedAt < opened || (j.OpenedAt == opened && j.Id.CompareTo(last) < 0));
                }

                return journeys.OrderByDescending(j => j.OpenedAt).ThenByDescending(j => j.Id);
            default:
                if (after is { At: var updated, Id: var previous })
                {
                    journeys = journeys.Where(j => j.UpdatedAt < updated || (j.UpdatedAt == updated && j.Id.CompareTo(previous) < 0));
                }

                return journeys.OrderByDescending(j => j.UpdatedAt).ThenByDescending(j => j.Id);
        }
    }
}

internal sealed class CountJourneysHandler(JourneysDbContext db, JourneyScope scope, TimeProvider clock) : IRequestHandler<CountJourneys, int>
{
    public async Task<int> Handle(CountJourneys request, CancellationToken cancellationToken) =>
        await db.Filtered(request.Filter, await scope.VisiblePatientsAsync(cancellationToken), clock.GetUtcNow()).CountAsync(cancellationToken);
}

/// <summary>
/// Whose journeys a list may show this user: staff see every journey (null); a patient only their own;
/// a partner agent only those of the patients their organization holds a live grant for. An empty
/// list, not a refusal, when there are none, the same rule as the patients list.
/// </summary>
internal sealed class JourneyScope(ICurrentUser user, IServiceProvider services)
{
    public async Task<IReadOnlyList<Guid>?> VisiblePatientsAsync(CancellationToken cancellationToken)
    {
        if (!Access.PatientAccess.IsPatientOrPartnerOnly(user))
        {
            return null;
        }

        List<Guid> visible = [];
        if (user.IsInRole(Roles.Patient) && user.PatientId is { } own)
        {
            visible.Add(own);
        }

        if (user.IsInRole(Roles.PartnerAgent) && user.OrganizationId is { } organization && services.GetService<IPartnerAccessGrants>() is { } grants)
        {
            visible.AddRange(await grants.GrantedPatientsAsync(organization, cancellationToken));
        }

        return visible;
    }
}

internal static class JourneyFiltering
{
    public static IQueryable<Journey> Filtered(this JourneysDbContext db, JourneyFilter filter, IReadOnlyList<Guid>? visiblePatients, DateTimeOffset now)
    {
        var journeys = db.Journeys.AsNoTracking();
        if (visiblePatients is not null)
        {
            journeys = journeys.Where(j => visiblePatients.Contains(j.PatientId));
        }

        if (filter.Stage is { } stage)
        {
            journeys = journeys.Where(j => j.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(filter.CoordinatorUserId))
        {
            journeys = journeys.Where(j => j.CoordinatorUserId == filter.CoordinatorUserId);
        }

        if (filter.PatientId is { } patient)
        {
            journeys = journeys.Where(j => j.PatientId == patient);
        }

        if (!string.IsNullOrWhiteSpace(filter.ServiceLine))
        {
            journeys = journeys.Where(j => j.ServiceLine == filter.ServiceLine);
        }

        if (filter.Overdue is { } overdue)
        {
            // The journey row carries its earliest open due date (see Journey.EarliestOpenTaskDueAt), so
            // this is a plain comparison on rows the coordinator's (CoordinatorUserId, UpdatedAt, Id) index
            // already yields in page order: no join over every late task in the center.
            journeys = overdue
                ? journeys.Where(j => j.EarliestOpenTaskDueAt != null && j.EarliestOpenTaskDueAt < now)
                : journeys.Where(j => j.EarliestOpenTaskDueAt == null || j.EarliestOpenTaskDueAt >= now);
        }

        if (filter.OpenedFrom is { } openedFrom)
        {
            journeys = journeys.Where(j => j.OpenedAt >= openedFrom);
        }

        if (filter.OpenedTo is { } openedTo)
        {
            journeys = journeys.Where(j => j.OpenedAt <= openedTo);
        }

        if (filter.UpdatedFrom is { } updatedFrom)
        {
            journeys = journeys.Where(j => j.UpdatedAt >= updatedFrom);
        }

        if (filter.UpdatedTo is { } updatedTo)
        {
            journeys = journeys.Where(j => j.UpdatedAt <= updatedTo);
        }

        return journeys;
    }
}

internal sealed class SearchJourneysValidator : IValidator<Contracts.SearchJourneys>
{
    public const int MaxPageSize = 100;

    public ValueTask ValidateAsync(Contracts.SearchJourneys request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.InRange("first", request.First, 1, MaxPageSize);
        errors.Defined("filter.stage", request.Filter.Stage);
        errors.OptionalText("filter.coordinatorUserId", request.Filter.CoordinatorUserId, JourneyModel.UserId);
        errors.OptionalText("filter.serviceLine", request.Filter.ServiceLine, JourneyModel.ServiceLine);
        if (request.Filter is { OpenedFrom: { } from, OpenedTo: { } to } && from > to)
        {
            errors.Add("filter.openedTo", to, "Order", "must not be before filter.openedFrom");
        }

        if (request.Filter is { UpdatedFrom: { } since, UpdatedTo: { } until } && since > until)
        {
            errors.Add("filter.updatedTo", until, "Order", "must not be before filter.updatedFrom");
        }

        if (errors.Defined("orderBy", (JourneyOrder?)request.OrderBy) && request.After is { } after && JourneyCursor.TryDecode(after)?.Order != request.OrderBy)
        {
            errors.Add("after", after, "Cursor", $"must be a cursor of an earlier page of this search, ordered by {request.OrderBy}; pass it exactly as it was returned");
        }

        return ValueTask.CompletedTask;
    }
}
