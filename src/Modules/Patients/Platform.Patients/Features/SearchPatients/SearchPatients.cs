using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.SearchPatients;

/// <summary>Keyset paging: each page continues after the last row of the one before, by an index, whatever the depth.</summary>
internal sealed class SearchPatientsHandler(PatientsDbContext db) : IRequestHandler<Contracts.SearchPatients, PatientPage>
{
    public async Task<PatientPage> Handle(Contracts.SearchPatients request, CancellationToken cancellationToken)
    {
        var rows = await Ordered(Filtered(request), request.OrderBy, PatientCursor.TryDecode(request.After))
            .Take(request.First + 1)
            .Select(p => new Row(p.Id, p.Version, p.Kind, p.FamilyName, p.GivenName, p.NativeFamilyName, p.NativeGivenName, p.DateOfBirth, p.Nationality, p.Source.Channel, p.RegisteredAt, p.MergedIntoId, p.FamilySortKey))
            .ToListAsync(cancellationToken);

        var page = rows.Take(request.First).ToList();
        var next = rows.Count > request.First && page[^1] is { } last
            ? new PatientCursor(request.OrderBy, last.FamilySortKey, last.RegisteredAt, last.Id).Encode()
            : null;
        return new PatientPage([.. page.Select(r => r.ToSummary())], next);
    }

    private IQueryable<Patient> Filtered(Contracts.SearchPatients request)
    {
        var patients = db.Patients.AsNoTracking();
        if (!request.IncludeMerged)
        {
            patients = patients.Where(p => p.MergedIntoId == null);
        }

        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var fragment = NameFolding.Fold(request.Name);
            patients = patients.Where(p => p.SearchText.Contains(fragment));
        }

        if (!string.IsNullOrWhiteSpace(request.Nationality))
        {
            var country = CountryCode.Parse(request.Nationality);
            patients = patients.Where(p => p.Nationality == country);
        }

        if (request.Kind is { } kind)
        {
            patients = patients.Where(p => p.Kind == kind);
        }

        if (request.Source is { } source)
        {
            patients = patients.Where(p => p.Source.Channel == source);
        }

        return patients;
    }

    private static IQueryable<Patient> Ordered(IQueryable<Patient> patients, PatientOrder order, PatientCursor? after)
    {
        if (order == PatientOrder.FamilyName)
        {
            if (after is { FamilySortKey: var key, Id: var id })
            {
                patients = patients.Where(p => p.FamilySortKey.CompareTo(key) > 0 || (p.FamilySortKey == key && p.Id.CompareTo(id) > 0));
            }

            return patients.OrderBy(p => p.FamilySortKey).ThenBy(p => p.Id);
        }

        if (after is { RegisteredAt: var at, Id: var last })
        {
            patients = patients.Where(p => p.RegisteredAt < at || (p.RegisteredAt == at && p.Id.CompareTo(last) < 0));
        }

        return patients.OrderByDescending(p => p.RegisteredAt).ThenByDescending(p => p.Id);
    }

    private sealed record Row(
        Guid Id,
        long Version,
        PatientKind Kind,
        string FamilyName,
        string? GivenName,
        string? NativeFamilyName,
        string? NativeGivenName,
        DateOnly DateOfBirth,
        CountryCode Nationality,
        AttributionChannel Source,
        DateTimeOffset RegisteredAt,
        Guid? MergedIntoId,
        string FamilySortKey)
    {
        public PatientSummaryDto ToSummary() =>
            new(Id, Version, Kind, FamilyName, GivenName, NativeFamilyName, NativeGivenName, DateOfBirth, Nationality.Alpha2, Source, RegisteredAt, MergedIntoId);
    }
}
