using Platform.Patients.Contracts;
using Platform.Records.Contracts;

namespace Platform.Records.Passport;

/// <summary>A document the passport includes (its latest version), and the file name it has inside the ZIP.</summary>
internal sealed record PassportDocument(HealthPassportDocumentDto Document, string StorageKey, string BundlePath);

/// <summary>Everything the passport shows, gathered from its sources before rendering.</summary>
internal sealed record PassportContent(
    PatientDto Patient,
    ClinicalSummaryDto? Summary,
    IReadOnlyList<PassportDocument> Documents,
    IReadOnlyList<PassportAppointment> Appointments,
    IReadOnlyList<PassportFollowUpItem> FollowUp,
    DateTimeOffset GeneratedAt)
{
    /// <summary>The patient's first preferred language (BCP 47), English when none is on file.</summary>
    public string PreferredLanguage => Patient.PreferredLanguages is [var first, ..] ? first : PassportLabels.English;
}
