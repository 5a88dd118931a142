using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Patients.Contracts;
using Platform.Patients.Mapping;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.SearchPatients;

/// <summary>
/// Keyset paging: a page continues after (or ends before) a cursor's row by an index, whatever the
/// depth. The page's rows are found first (ids and sort keys only), then read whole in one query per list.
/// </summary>
internal sealed class SearchPatientsHandler(PatientsDbContext db, PatientListing listing) : IRequestHandler<Contracts.SearchPatients, PatientPage>
{
    public async Task<PatientPage> Handle(Contracts.SearchPatients request, CancellationToken cancellationToken)
    {
        var patients = await listing.VisibleAsync(request.Filter, cancellationToken);
        if (PatientCursor.TryDecode(request.After) is { } after)
        {
            patients = Beyond(patients, after, later: true);
        }

        if (PatientCursor.TryDecode(request.Before) is { } before)
        {
            patients = Beyond(patients, before, later: false);
        }

        var rows = await Sorted(patients, request.OrderBy, reverse: request.Backward)
            .Take(request.PageSize + 1)
            .Select(p => new { p.Id, p.FamilySortKey, p.RegisteredAt })
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > request.PageSize;
        var page = rows.Take(request.PageSize).ToList();
        if (request.Backward)
        {
            page.Reverse();
        }

        var ids = page.Select(r => r.Id).ToList();
        var records = await db.Patients.AsNoTracking().WithDetails().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var edges = page
            .Select(r => new PatientEdge(records[r.Id].ToDto(), new PatientCursor(request.OrderBy, r.FamilySortKey, r.RegisteredAt, r.Id).Encode()))
            .ToList();
        return new PatientPage(
            edges,
            HasNextPage: request.Backward ? request.Before is not null : hasMore,
            HasPreviousPage: request.Backward ? hasMore : request.After is not null);
    }

    /// <summary>Rows strictly after (<paramref name="later"/>) or before the cursor's row, in the cursor's order.</summary>
    private static IQueryable<Patient> Beyond(IQueryable<Patient> patients, PatientCursor cursor, bool later)
    {
        var (key, at, id) = (cursor.FamilySortKey, cursor.RegisteredAt, cursor.Id);
        return (cursor.Order, later) switch
        {
            (PatientOrder.FamilyName, true) => patients.Where(p => p.FamilySortKey.CompareTo(key) > 0 || (p.FamilySortKey == key && p.Id.CompareTo(id) > 0)),
            (PatientOrder.FamilyName, false) => patients.Where(p => p.FamilySortKey.CompareTo(key) < 0 || (p.FamilySortKey == key && p.Id.CompareTo(id) < 0)),
            (_, true) => patients.Where(p => p.RegisteredAt < at || (p.RegisteredAt == at && p.Id.CompareTo(id) < 0)),
            (_, false) => patients.Where(p => p.RegisteredAt > at || (p.RegisteredAt == at && p.Id.CompareTo(id) > 0)),
        };
    }

    /// <summary>In the list's order, or from its end when reading a page backward.</summary>
    private static IQueryable<Patient> Sorted(IQueryable<Patient> patients, PatientOrder order, bool reverse) => (order, reverse) switch
    {
        (PatientOrder.FamilyName, false) => patients.OrderBy(p => p.FamilySortKey).ThenBy(p => p.Id),
        (PatientOrder.FamilyName, true) => patients.OrderByDescending(p => p.FamilySortKey).ThenByDescending(p => p.Id),
        (_, false) => patients.OrderByDescending(p => p.RegisteredAt).ThenByDescending(p => p.Id),
        (_, true) => patients.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id),
    };
}
