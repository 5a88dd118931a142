using System.Globalization;
using Platform.Patients.Contracts;
using Platform.Records.Contracts;

namespace Platform.Records.Passport;

/// <summary>
/// The health passport as one printable, self-contained HTML page: inline CSS with print rules, no
/// scripts, images or fonts fetched from anywhere (its own Content-Security-Policy says so), the
/// clinical part starting on a new printed page. Labels are in the patient's language beside
/// English; the data is as recorded.
/// </summary>
internal static class HealthPassportHtml
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    public static string Render(PassportContent content, bool linkFiles)
    {
        var local = PassportLabels.For(content.PreferredLanguage);
        var labels = new BilingualLabels(local, PassportLabels.For(PassportLabels.English));
        var patient = content.Patient;
        var html = new HtmlText();
        Head(html, labels, $"{labels.English["title"]} — {FullName(patient.Identity)}");
        html.Raw("<header class=\"cover\">");
        labels.Heading(html, "h1", "title");
        html.Raw("<p class=\"subtitle\">");
        labels.Inline(html, "subtitle");
        html.Raw("</p><p class=\"patient-name\">").Text(FullName(patient.Identity)).Raw("</p>");
        if (NativeName(patient.Identity) is { } native)
        {
            html.Raw("<p class=\"native-name\" dir=\"auto\">").Text(native).Raw("</p>");
        }

        html.Raw("<p class=\"generated\">");
        labels.Inline(html, "generated");
        html.Raw(": ").Text(content.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Raw("</p>");
        if (local.IsFallback)
        {
            html.Raw("<p class=\"notice\" lang=\"en\">").Text($"Labels in {PassportLabels.NameOf(local.Requested)}, the patient's preferred language, are not available yet; this passport is in English.").Raw("</p>");
        }

        html.Raw("</header>");
        Identity(html, labels, patient);
        EmergencyContacts(html, labels, patient);
        html.Raw("<div class=\"clinical\">");
        Allergies(html, labels, content.Summary);
        Diagnoses(html, labels, content.Summary);
        Medications(html, labels, content.Summary);
        html.Raw("</div>");
        Appointments(html, labels, content.Appointments);
        FollowUp(html, labels, content.FollowUp);
        Documents(html, labels, content.Documents, linkFiles);
        html.Raw("</body></html>\n");
        return html.ToString();
    }

    /// <summary>The sections in page order and how many items each shows.</summary>
    public static IReadOnlyList<HealthPassportSectionDto> Sections(PassportContent content)
    {
        var labels = PassportLabels.For(PassportLabels.English);
        var summary = content.Summary;
        (string Key, int Items)[] sections =
        [
            ("identity", 1),
            ("emergencyContacts", EmergencyContactsOf(content.Patient).Count),
            ("allergies", summary?.Allergies.Count ?? 0),
            ("diagnoses", summary?.Diagnoses.Count ?? 0),
            ("medications", summary?.Medications.Count ?? 0),
            ("appointments", content.Appointments.Count),
            ("followUp", content.FollowUp.Count),
            ("documents", content.Documents.Count),
        ];
        return [.. sections.Select(s => new HealthPassportSectionDto(s.Key, labels[s.Key], s.Items))];
    }

    public static string FullName(PatientIdentity identity) =>
        identity.GivenName is { Length: > 0 } given ? $"{identity.FamilyName.ToUpperInvariant()}, {given}" : identity.FamilyName.ToUpperInvariant();

    public static string? NativeName(PatientIdentity identity) =>
        string.Join(' ', new[] { identity.NativeGivenName, identity.NativeFamilyName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } native ? native : null;

    public static void Head(HtmlText html, BilingualLabels labels, string title)
    {
        html.Raw("<!DOCTYPE html>\n<html lang=\"").Text(labels.Local.Language).Raw("\" dir=\"").Raw(labels.Local.RightToLeft ? "rtl" : "ltr").Raw("\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<meta http-equiv=\"Content-Security-Policy\" content=\"").Raw(ContentSecurityPolicy).Raw("\">")
            .Raw("<title>").Text(title).Raw("</title><style>").Raw(Style).Raw("</style></head><body>");
    }

    private static void Identity(HtmlText html, BilingualLabels labels, PatientDto patient)
    {
        var identity = patient.Identity;
        labels.SectionStart(html, "identity");
        html.Raw("<table class=\"facts\"><tbody>");
        Fact(html, labels, "name", FullName(identity));
        Fact(html, labels, "nativeName", NativeName(identity) ?? "—", auto: true);
        Fact(html, labels, "dateOfBirth", identity.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Fact(html, labels, "sex", identity.Sex.ToString());
        Fact(html, labels, "nationality", identity.Nationality);
        Fact(html, labels, "passportNumber", identity.PassportNumber ?? "—");
        Fact(html, labels, "passportExpiry", identity.PassportExpiry?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—");
        Fact(html, labels, "preferredLanguage", patient.PreferredLanguages.Count == 0 ? "—" : string.Join(", ", patient.PreferredLanguages));
        Fact(html, labels, "homePhysician", patient.HomePhysician is { } doctor
            ? string.Join(", ", new[] { doctor.Name, doctor.Practice, doctor.Country, doctor.Phone, doctor.Email }.Where(p => !string.IsNullOrWhiteSpace(p)))
            : "—");
        html.Raw("</tbody></table></section>");
    }

    private static List<RelatedPersonDetails> EmergencyContactsOf(PatientDto patient) =>
        [.. patient.RelatedPersons.Select(r => r.Details).Where(d => d.IsNextOfKin || d.IsCompanion).OrderByDescending(d => d.IsNextOfKin)];

    private static void EmergencyContacts(HtmlText html, BilingualLabels labels, PatientDto patient)
    {
        var contacts = EmergencyContactsOf(patient);
        labels.SectionStart(html, "emergencyContacts");
        if (labels.NoneRecorded(html, contacts.Count))
        {
            return;
        }

        labels.TableStart(html, "name", "relationship", "phone", "email");
        foreach (var contact in contacts)
        {
            Row(html, contact.Name, contact.Relationship.ToString(), contact.Phone, contact.Email);
        }

        html.Raw("</tbody></table></section>");
    }

    public static void Allergies(HtmlText html, BilingualLabels labels, ClinicalSummaryDto? summary)
    {
        labels.SectionStart(html, "allergies", "allergies");
        if (labels.NoneRecorded(html, summary?.Allergies.Count ?? 0))
        {
            return;
        }

        labels.TableStart(html, "substance", "reaction", "severity");
        foreach (var allergy in summary!.Allergies)
        {
            html.Raw("<tr><td>").Text(allergy.Substance).Raw("</td><td>").Text(allergy.Reaction ?? "—").Raw("</td><td>");
            labels.Inline(html, allergy.Severity.ToString());
            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table></section>");
    }

    public static void Diagnoses(HtmlText html, BilingualLabels labels, ClinicalSummaryDto? summary)
    {
        labels.SectionStart(html, "diagnoses");
        if (labels.NoneRecorded(html, summary?.Diagnoses.Count ?? 0))
        {
            return;
        }

        labels.TableStart(html, "code", "description", "status", "notedOn");
        foreach (var diagnosis in summary!.Diagnoses)
        {
            html.Raw("<tr><td class=\"code\">").Text(diagnosis.Code).Raw("</td><td>").Text(diagnosis.Text).Raw("</td><td>");
            labels.Inline(html, diagnosis.Status.ToString());
            html.Raw("</td><td>").Date(diagnosis.NotedOn).Raw("</td></tr>");
        }

        html.Raw("</tbody></table></section>");
    }

    public static void Medications(HtmlText html, BilingualLabels labels, ClinicalSummaryDto? summary)
    {
        labels.SectionStart(html, "medications");
        if (labels.NoneRecorded(html, summary?.Medications.Count ?? 0))
        {
            return;
        }

        labels.TableStart(html, "medicine", "dose", "route", "frequency", "started", "stopped");
        foreach (var medication in summary!.Medications)
        {
            html.Raw("<tr><td>").Text(medication.Name).Raw("</td><td>").Text(medication.Dose).Raw("</td><td>").Text(medication.Route).Raw("</td><td>").Text(medication.Frequency)
                .Raw("</td><td>").Date(medication.StartedOn).Raw("</td><td>").Date(medication.StoppedOn).Raw("</td></tr>");
        }

        html.Raw("</tbody></table></section>");
    }

    private static void Appointments(HtmlText html, BilingualLabels labels, IReadOnlyList<PassportAppointment> appointments)
    {
        labels.SectionStart(html, "appointments");
        if (labels.NoneRecorded(html, appointments.Count))
        {
            return;
        }

        labels.TableStart(html, "when", "what", "where");
        foreach (var appointment in appointments.OrderBy(a => a.StartsAt))
        {
            html.Raw("<tr><td>").Text(Local(appointment.StartsAt, appointment.TimeZone)).Raw("</td><td>").Text($"{appointment.Kind}: {appointment.Title}");
            if (appointment.Telehealth)
            {
                html.Raw(" (");
                labels.Inline(html, "telehealth");
                html.Raw(")");
            }

            html.Raw("</td><td>").Text(appointment.Where ?? "—").Raw("</td></tr>");
        }

        html.Raw("</tbody></table></section>");
    }

    public static void FollowUp(HtmlText html, BilingualLabels labels, IReadOnlyList<PassportFollowUpItem> items, string key = "followUp")
    {
        labels.SectionStart(html, key);
        if (labels.NoneRecorded(html, items.Count))
        {
            return;
        }

        labels.TableStart(html, "due", "what", "status");
        foreach (var item in items.OrderBy(i => i.DueOn))
        {
            Row(html, item.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{item.Kind}: {item.Title}", item.Status);
        }

        html.Raw("</tbody></table></section>");
    }

    private static void Documents(HtmlText html, BilingualLabels labels, IReadOnlyList<PassportDocument> documents, bool linkFiles)
    {
        labels.SectionStart(html, "documents");
        if (labels.NoneRecorded(html, documents.Count))
        {
            return;
        }

        labels.TableStart(html, "documentType", "documentTitle", "version", "file");
        foreach (var (document, _, path) in documents)
        {
            html.Raw("<tr><td>");
            labels.Inline(html, document.Type.ToString());
            html.Raw("</td><td dir=\"auto\">").Text(document.Title).Raw("</td><td>").Text(document.Version.ToString(CultureInfo.InvariantCulture)).Raw("</td><td>");
            if (linkFiles)
            {
                html.Raw("<a href=\"").Text(path).Raw("\">").Text(document.FileName).Raw("</a>");
            }
            else
            {
                html.Text(document.FileName);
            }

            html.Raw("</td></tr>");
        }

        html.Raw("</tbody></table></section>");
    }

    private static string Local(DateTimeOffset at, string? timeZone)
    {
        if (timeZone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            return $"{TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({timeZone})";
        }

        return at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }

    public static void Fact(HtmlText html, BilingualLabels labels, string key, string value, bool auto = false)
    {
        html.Raw("<tr><th scope=\"row\">");
        labels.Inline(html, key);
        html.Raw(auto ? "</th><td dir=\"auto\">" : "</th><td>").Text(value).Raw("</td></tr>");
    }

    public static void Row(HtmlText html, params string?[] cells)
    {
        html.Raw("<tr>");
        foreach (var cell in cells)
        {
            html.Raw("<td dir=\"auto\">").Text(string.IsNullOrWhiteSpace(cell) ? "—" : cell).Raw("</td>");
        }

        html.Raw("</tr>");
    }

    private const string Style = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
        header.cover { border-bottom: 3px solid #0b5; padding-bottom: .75rem; margin-bottom: 1rem; }
        .pair { display: flex; gap: 1.5rem; align-items: baseline; justify-content: space-between; }
        .pair > * { flex: 1 1 0; margin: 0; }
        .pair > [dir="rtl"] { text-align: right; }
        h1 { font-size: 1.6rem; }
        h2 { font-size: 1.15rem; border-bottom: 1px solid #999; margin: 1.25rem 0 .5rem; padding-bottom: .15rem; break-after: avoid; page-break-after: avoid; }
        .patient-name { font-size: 1.35rem; font-weight: 700; margin: .5rem 0 0; }
        .native-name { font-size: 1.25rem; margin: .1rem 0; }
        .subtitle, .generated { margin: .25rem 0; color: #333; }
        .notice { background: #fff4d6; border: 1px solid #d9a400; padding: .4rem .6rem; }
        .l + .l::before { content: " / "; color: #777; }
        th .l, td .l { display: block; }
        th .l + .l::before, td .l + .l::before { content: none; }
        .l.en { color: #444; }
        th .l.en, td .l.en { font-size: .85em; }
        table { width: 100%; border-collapse: collapse; margin: .25rem 0 .75rem; }
        th, td { border: 1px solid #bbb; padding: .3rem .45rem; text-align: start; vertical-align: top; }
        thead th { background: #eef3ef; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        table.facts th { width: 32%; background: #f6f6f6; }
        td.code { font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
        section { margin-bottom: .5rem; }
        section.allergies h2 { color: #a00; border-bottom-color: #a00; }
        .none { color: #555; font-style: italic; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          .clinical { break-before: page; page-break-before: always; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}

/// <summary>
/// Labels written in the patient's language beside English (once only, when that is English). Given
/// the same language twice (the hand-back letter), they are written once, in that language.
/// </summary>
internal sealed class BilingualLabels(PassportLabels local, PassportLabels english)
{
    public PassportLabels Local { get; } = local;

    public PassportLabels English { get; } = english;

    private bool Bilingual => !Local.IsFallback && Local.Language != English.Language;

    /// <summary>A label as spans: the patient's language first (with its direction), then English.</summary>
    public void Inline(HtmlText html, string key)
    {
        if (Bilingual)
        {
            Span(html, Local, key);
        }

        Span(html, English, key);
    }

    /// <summary>A heading in two columns side by side: the patient's language and English.</summary>
    public void Heading(HtmlText html, string tag, string key)
    {
        html.Raw("<div class=\"pair\">");
        if (Bilingual)
        {
            html.Raw($"<{tag} lang=\"").Text(Local.Language).Raw(Local.RightToLeft ? "\" dir=\"rtl\">" : "\" dir=\"ltr\">").Text(Local[key]).Raw($"</{tag}>");
        }

        html.Raw($"<{tag} lang=\"").Text(English.Language).Raw(English.RightToLeft ? "\" dir=\"rtl\">" : "\" dir=\"ltr\">").Text(English[key]).Raw($"</{tag}></div>");
    }

    public void SectionStart(HtmlText html, string key, string? cssClass = null)
    {
        html.Raw("<section id=\"").Text(key).Raw(cssClass is null ? "\">" : $"\" class=\"{cssClass}\">");
        Heading(html, "h2", key);
    }

    public void TableStart(HtmlText html, params string[] keys)
    {
        html.Raw("<table><thead><tr>");
        foreach (var key in keys)
        {
            html.Raw("<th scope=\"col\">");
            Inline(html, key);
            html.Raw("</th>");
        }

        html.Raw("</tr></thead><tbody>");
    }

    /// <summary>Closes the section with "none recorded" when it has no items; true when it did.</summary>
    public bool NoneRecorded(HtmlText html, int items)
    {
        if (items > 0)
        {
            return false;
        }

        html.Raw("<p class=\"none\">");
        Inline(html, "noneRecorded");
        html.Raw("</p></section>");
        return true;
    }

    private static void Span(HtmlText html, PassportLabels labels, string key) =>
        html.Raw("<span class=\"l").Raw(labels.Language == PassportLabels.English ? " en" : "").Raw("\" lang=\"").Text(labels.Language)
            .Raw(labels.RightToLeft ? "\" dir=\"rtl\">" : "\" dir=\"ltr\">").Text(labels[key]).Raw("</span>");
}
