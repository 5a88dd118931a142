using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;
using Platform.Kernel.Validation;
using Platform.Records.Features;
using Platform.Records.Persistence;

namespace Platform.Records.ClinicalSummary;

/// <summary>Field rules of the clinical summary's entries, and loading the summary a command changes.</summary>
internal static partial class ClinicalRules
{
    public const int CodeLength = 8;
    public const int ShortLength = 100;
    public const int DetailLength = 1000;

    /// <summary>
    /// The shape of an ICD-10 code (WHO and its national modifications such as ICD-10-CM and -GM): a
    /// letter, two digits or a digit and a letter (a few chapters use A or B: C4A, D3A), then optionally
    /// a dot and one to four characters. The shape is checked, not the catalogue: national editions differ.
    /// </summary>
    public static string? NormalizeIcd10(string? code)
    {
        var compact = (code ?? "").Trim().ToUpperInvariant().Replace(".", "", StringComparison.Ordinal);
        if (!Icd10().IsMatch(compact))
        {
            return null;
        }

        return compact.Length == 3 ? compact : $"{compact[..3]}.{compact[3..]}";
    }

    public static void Icd10Code(ValidationErrors errors, string field, string? code)
    {
        if (errors.NotEmpty(field, code) && NormalizeIcd10(code) is null)
        {
            errors.Add(field, code, "Icd10", "is not an ICD-10 code: expected a letter, two characters (such as I25, M17, C4A), then optionally a dot and 1 to 4 characters, as in I25.10");
        }
    }

    public static void Text(ValidationErrors errors, string field, string? text, int max)
    {
        if (errors.NotEmpty(field, text))
        {
            errors.MaxLength(field, text, max);
        }
    }

    public static void NotAfter(ValidationErrors errors, string field, DateOnly? date, DateOnly today)
    {
        if (date > today)
        {
            errors.Add(field, date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "NotInFuture",
                $"must not be after today ({today:yyyy-MM-dd})");
        }
    }

    /// <summary>The patient's summary with everything on it, or a new one; the version the caller read must still hold (none read: 0).</summary>
    public static async Task<PatientClinicalSummary> LoadForChangeAsync(RecordsDbContext db, Guid patientId, long? expectedVersion, CancellationToken cancellationToken)
    {
        var summary = await db.ClinicalSummaries
            .Include(s => s.Diagnoses).Include(s => s.Medications).Include(s => s.Allergies).Include(s => s.Changes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.PatientId == patientId, cancellationToken);
        if (summary is null)
        {
            if (expectedVersion is > 0)
            {
                throw new ConcurrencyConflictException(nameof(PatientClinicalSummary), patientId, expectedVersion.Value, null);
            }

            summary = PatientClinicalSummary.Start(patientId);
            db.ClinicalSummaries.Add(summary);
            return summary;
        }

        db.ExpectVersion(summary, expectedVersion ?? 0);
        return summary;
    }

    public static async Task<PatientClinicalSummary?> ReadAsync(RecordsDbContext db, Guid patientId, CancellationToken cancellationToken) =>
        (await ReadManyAsync(db, [patientId], cancellationToken)).GetValueOrDefault(patientId);

    public static async Task<Dictionary<Guid, PatientClinicalSummary>> ReadManyAsync(RecordsDbContext db, IReadOnlyCollection<Guid> patientIds, CancellationToken cancellationToken) =>
        await db.ClinicalSummaries.AsNoTracking()
            .Include(s => s.Diagnoses).Include(s => s.Medications).Include(s => s.Allergies).Include(s => s.Changes)
            .AsSplitQuery()
            .Where(s => patientIds.Contains(s.PatientId))
            .ToDictionaryAsync(s => s.PatientId, cancellationToken);

    /// <summary>Checks the patient exists and the caller may see them (before the transaction, see <see cref="PatientChecks"/>).</summary>
    public static Task EnsurePatientAsync(MediatR.IMediator mediator, Guid patientId, CancellationToken cancellationToken) =>
        mediator.EnsurePatientAsync(patientId, cancellationToken);

    [GeneratedRegex("^[A-Z][0-9][0-9AB][0-9A-Z]{0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Icd10();
}
