using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Values;
using Platform.Patients.Contracts;
using Platform.Patients.Persistence;

namespace Platform.Patients.Matching;

/// <summary>
/// Finds records that may be the same person. Each reason is evidence with its own weight; the
/// score is the chance that at least one is right, 1 - (1 - w1)(1 - w2)..., so agreeing reasons
/// raise it without ever passing 1. Merged records are never candidates: they live on in their survivor.
/// </summary>
internal static class DuplicateMatching
{
    private const int MaxCandidates = 20;

    private static readonly Dictionary<DuplicateReason, decimal> _weights = new()
    {
        [DuplicateReason.SamePassport] = 0.9m,
        [DuplicateReason.SameNameAndDateOfBirth] = 0.7m,
        [DuplicateReason.SameEmail] = 0.5m,
        [DuplicateReason.SamePhone] = 0.4m,
    };

    public static async Task<IReadOnlyList<DuplicateCandidateDto>> FindDuplicatesAsync(this PatientsDbContext db, MatchKeys keys, Guid? excluding, CancellationToken cancellationToken)
    {
        var (passport, nationality, name, birth, email, phone) = (keys.Passport, keys.Nationality, keys.Name, keys.DateOfBirth, keys.Email, keys.Phone);
        if (passport is null && name is null && email is null && phone is null)
        {
            return [];
        }

        var excluded = excluding ?? Guid.Empty;
        var found = await db.Patients.AsNoTracking()
            .Where(p => p.MergedIntoId == null && p.Id != excluded)
            .Where(p => (passport != null && p.PassportNumber == passport && p.Nationality == nationality)
                || (name != null && p.NameKey == name && p.DateOfBirth == birth)
                || (email != null && p.Email == email)
                || (phone != null && p.Phone == phone))
            .OrderBy(p => p.Id)
            .Take(MaxCandidates)
            .Select(p => new Found(p.Id, p.FamilyName, p.GivenName, p.DateOfBirth, p.Nationality, p.PassportNumber, p.NameKey, p.Email, p.Phone))
            .ToListAsync(cancellationToken);

        return found
            .Select(f => Describe(f, keys))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.FamilyName, StringComparer.Ordinal)
            .ToList();
    }

    private static DuplicateCandidateDto Describe(Found found, MatchKeys keys)
    {
        List<DuplicateReason> reasons = [];
        if (keys.Passport is { } passport && found.PassportNumber == passport && found.Nationality == keys.Nationality)
        {
            reasons.Add(DuplicateReason.SamePassport);
        }

        if (keys.Name is { } name && found.NameKey == name && found.DateOfBirth == keys.DateOfBirth)
        {
            reasons.Add(DuplicateReason.SameNameAndDateOfBirth);
        }

        if (keys.Email is { } email && found.Email == email)
        {
            reasons.Add(DuplicateReason.SameEmail);
        }

        if (keys.Phone is { } phone && found.Phone == phone)
        {
            reasons.Add(DuplicateReason.SamePhone);
        }

        var doubt = reasons.Aggregate(1m, (product, reason) => product * (1 - _weights[reason]));
        return new DuplicateCandidateDto(found.Id, found.FamilyName, found.GivenName, found.DateOfBirth, found.Nationality.Alpha2, reasons, Math.Round(1 - doubt, 2));
    }

    private sealed record Found(Guid Id, string FamilyName, string? GivenName, DateOnly DateOfBirth, CountryCode Nationality, string? PassportNumber, string NameKey, string? Email, PhoneNumber? Phone);
}
