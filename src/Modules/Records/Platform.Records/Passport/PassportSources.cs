using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Patients.Contracts;
using Platform.Records.ClinicalSummary;
using Platform.Records.Contracts;
using Platform.Records.Persistence;

namespace Platform.Records.Passport;

/// <summary>
/// Gathers the passport's sections from their sources: the patient from Patients (GetPatient), the
/// clinical summary and the letters from Records, appointments and the follow-up plan from
/// <see cref="IPassportCareSchedule"/>. Runs in queries, never inside a Records transaction.
/// </summary>
internal sealed class PassportSources(IMediator mediator, RecordsDbContext db, IPassportCareSchedule schedule, TimeProvider clock)
{
    /// <summary>The letters a patient carries when travelling; the latest of each document, newest first.</summary>
    public static readonly IReadOnlyList<DocumentType> CarriedTypes = [DocumentType.InvitationLetter, DocumentType.AppointmentLetter, DocumentType.DischargeSummary];

    public const int MaxDocuments = 20;

    public async Task<PassportContent> GatherAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var patient = await mediator.Send(new GetPatient(patientId), cancellationToken);
        var summary = await ClinicalRules.ReadAsync(db, patientId, cancellationToken);
        var documents = await db.DocumentsWithHistory.AsNoTracking()
            .Where(d => d.PatientId == patientId && CarriedTypes.Contains(d.Type))
            .OrderByDescending(d => d.CreatedAt)
            .Take(MaxDocuments)
            .ToListAsync(cancellationToken);
        var appointments = await schedule.ListAppointmentsAsync(patientId, cancellationToken);
        var followUp = await schedule.ListFollowUpAsync(patientId, null, cancellationToken);
        var included = documents.Select((d, i) =>
        {
            var version = d.Current;
            var dto = new HealthPassportDocumentDto(d.Id, d.Type, d.Title, d.Language, version.Number, version.FileName, version.ContentType, version.Size);
            return new PassportDocument(dto, version.StorageKey, string.Create(CultureInfo.InvariantCulture, $"documents/{i + 1:00}-{SafeFileName(version.FileName)}"));
        }).ToList();
        return new PassportContent(patient, summary?.ToDto(), included, appointments, followUp, clock.GetUtcNow());
    }

    /// <summary>A file name that is one plain path segment in any ZIP tool: letters, digits, dot, dash and underscore.</summary>
    public static string SafeFileName(string fileName)
    {
        var safe = new string([.. Path.GetFileName(fileName).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.');
        return safe.Length == 0 ? "file" : safe.Length > 80 ? safe[^80..] : safe;
    }
}
