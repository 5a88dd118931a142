using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Features.SearchPatients;

/// <summary>
/// The patients a list may show this user, filtered: the one query behind both a page and its count,
/// so a count never tells of patients the page would hide.
/// </summary>
internal sealed class PatientListing(PatientsDbContext db, ICurrentUser user, IServiceProvider services)
{
    private static readonly string[] _staff = [Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.System];

    public async Task<IQueryable<Patient>> VisibleAsync(PatientFilter? filter, CancellationToken cancellationToken) =>
        Filtered(db, await ScopedAsync(cancellationToken), filter ?? new PatientFilter());

    /// <summary>
    /// Staff see every record. A patient sees only their own; a partner agent only the patients their
    /// organization holds a grant for now (an empty list, not a refusal, when there are none).
    /// </summary>
    private async Task<IQueryable<Patient>> ScopedAsync(CancellationToken cancellationToken)
    {
        var patients = db.Patients.AsNoTracking();
        if (_staff.Any(user.IsInRole))
        {
            return patients;
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

        return patients.Where(p => visible.Contains(p.Id));
    }

    private static IQueryable<Patient> Filtered(PatientsDbContext db, IQueryable<Patient> patients, PatientFilter filter)
    {
        if (!filter.IncludeMerged)
        {
            patients = patients.Where(p => p.MergedIntoId == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            // The folded fragment has only letters, digits and single spaces, so it needs no LIKE
            // escaping. On PostgreSQL a trigram GIN index on SearchText serves this LIKE (see M0002);
            // on SQLite the same LIKE runs on the FTS5 trigram table M0003 keeps (PatientsNamed).
            var fragment = NameFolding.Fold(filter.Name);
            if (db.Naming.Provider == DatabaseProvider.Sqlite)
            {
                var named = db.PatientsNamed(fragment);
                patients = patients.Where(p => named.Contains(p.Id));
            }
            else
            {
                var pattern = "%" + fragment + "%";
                patients = patients.Where(p => EF.Functions.Like(p.SearchText, pattern));
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Nationality))
        {
            var country = CountryCode.Parse(filter.Nationality);
            patients = patients.Where(p => p.Nationality == country);
        }

        if (!string.IsNullOrWhiteSpace(filter.HomeCountry))
        {
            var market = CountryCode.Parse(filter.HomeCountry);
            patients = patients.Where(p => p.HomeAddress != null && p.HomeAddress.Country == market);
        }

        if (filter.Kind is { } kind)
        {
            patients = patients.Where(p => p.Kind == kind);
        }

        if (filter.Source is { } source)
        {
            patients = patients.Where(p => p.Source.Channel == source);
        }

        if (filter.ReferrerOrganizationId is { } referrer)
        {
            patients = patients.Where(p => p.Source.ReferrerOrganizationId == referrer);
        }

        if (filter.RegisteredFrom is { } from)
        {
            patients = patients.Where(p => p.RegisteredAt >= from);
        }

        if (filter.RegisteredBefore is { } before)
        {
            patients = patients.Where(p => p.RegisteredAt < before);
        }

        if (filter.InterpreterNeeded is { } interpreter)
        {
            patients = patients.Where(p => p.InterpreterNeeded == interpreter);
        }

        return patients;
    }
}
