using System.Globalization;
using Platform.Journeys.Contracts;
using Platform.Patients.Contracts;
using Platform.Records.Contracts;
using Platform.Records.Passport;

namespace Platform.Records.HandBack;

/// <summary>The discharge summary the letter refers to: the document and the version current when the letter was written.</summary>
internal sealed record DischargeSummaryReference(Guid DocumentId, string Title, int Version, DateTimeOffset FiledAt);

/// <summary>What the hand-back letter says, gathered before it is written.</summary>
internal sealed record HandBackLetterContent(
    PatientDto Patient,
    JourneyDto Journey,
    DateTimeOffset DischargedAt,
    ClinicalSummaryDto? Summary,
    DischargeSummaryReference? DischargeSummary,
    IReadOnlyList<PassportFollowUpItem> FollowUp,
    string Language);

/// <summary>
/// The letter handing the patient back to the home physician, as a printable, self-contained HTML
/// page in one language (see <see cref="PhysicianLanguage"/>); every piece of data is encoded.
/// </summary>
internal static class HandBackLetterHtml
{
    public static string Render(HandBackLetterContent content)
    {
        var words = PassportLabels.For(content.Language);
        var labels = new BilingualLabels(words, words);
        var patient = content.Patient;
        var journey = content.Journey;
        var html = new HtmlText();
        HealthPassportHtml.Head(html, labels, $"{words["letterTitle"]} — {HealthPassportHtml.FullName(patient.Identity)}");
        html.Raw("<header class=\"cover\">");
        labels.Heading(html, "h1", "letterTitle");
        if (patient.HomePhysician is { } physician)
        {
            html.Raw("<p class=\"patient-name\">").Text(physician.Name).Raw("</p><p>")
                .Text(string.Join(", ", new[] { physician.Practice, physician.Country, physician.Email }.Where(p => !string.IsNullOrWhiteSpace(p)))).Raw("</p>");
        }

        html.Raw("</header><p>").Text(words["letterGreeting"]).Raw("</p><p>").Text(words["letterIntro"]).Raw("</p>");

        labels.SectionStart(html, "identity");
        html.Raw("<table class=\"facts\"><tbody>");
        HealthPassportHtml.Fact(html, labels, "name", HealthPassportHtml.FullName(patient.Identity));
        HealthPassportHtml.Fact(html, labels, "nativeName", HealthPassportHtml.NativeName(patient.Identity) ?? "—", auto: true);
        HealthPassportHtml.Fact(html, labels, "dateOfBirth", patient.Identity.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        HealthPassportHtml.Fact(html, labels, "nationality", patient.Identity.Nationality);
        html.Raw("</tbody></table></section>");

        labels.SectionStart(html, "stay");
        html.Raw("<table class=\"facts\"><tbody>");
        HealthPassportHtml.Fact(html, labels, "documentTitle", journey.ServiceLine is { Length: > 0 } line ? $"{journey.Title} ({line})" : journey.Title);
        HealthPassportHtml.Fact(html, labels, "admitted", AdmittedOn(journey)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—");
        HealthPassportHtml.Fact(html, labels, "discharged", content.DischargedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        html.Raw("</tbody></table></section>");

        HealthPassportHtml.Diagnoses(html, labels, content.Summary);
        HealthPassportHtml.Medications(html, labels, content.Summary);
        HealthPassportHtml.Allergies(html, labels, content.Summary);

        labels.SectionStart(html, "dischargeSummary");
        if (!labels.NoneRecorded(html, content.DischargeSummary is null ? 0 : 1))
        {
            var reference = content.DischargeSummary!;
            html.Raw("<p dir=\"auto\">").Text(string.Create(CultureInfo.InvariantCulture,
                $"{reference.Title} — {reference.FiledAt:yyyy-MM-dd}, v{reference.Version} (document {reference.DocumentId})")).Raw("</p></section>");
        }

        HealthPassportHtml.FollowUp(html, labels, content.FollowUp, "followUpPlan");
        html.Raw("<p class=\"closing\">").Text(words["letterClosing"]).Raw("</p>");
        if (journey.CareTeam.Where(m => m.Role == CareTeamRole.TreatingPhysician).Select(m => m.Name).ToList() is [_, ..] physicians)
        {
            html.Raw("<p>").Text(string.Join(", ", physicians)).Raw("</p>");
        }

        html.Raw("</body></html>\n");
        return html.ToString();
    }

    /// <summary>The admission milestone when set, else when the journey first moved into care.</summary>
    public static DateOnly? AdmittedOn(JourneyDto journey)
    {
        var at = journey.Milestones.FirstOrDefault(m => m.Kind == MilestoneKind.Admission)?.At
            ?? journey.StageHistory.Where(s => s.To == JourneyStage.InCare).Select(s => (DateTimeOffset?)s.At).Min();
        return at is { } admitted ? DateOnly.FromDateTime(admitted.UtcDateTime) : null;
    }
}
