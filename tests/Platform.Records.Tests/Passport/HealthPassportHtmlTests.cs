using Platform.Patients.Contracts;
using Platform.Records.Contracts;
using Platform.Records.Passport;

namespace Platform.Records.Tests.Passport;

/// <summary>The passport page as text: escaping of what people typed, labels in both languages, nothing fetched from elsewhere.</summary>
public sealed class HealthPassportHtmlTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 10, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void HostileNamesAndTitles_AreText_NeverMarkup()
    {
        var patient = Patient("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", ["en"]);
        var summary = Summary(allergy: "Penicillin</td></tr></table><iframe src=//evil.example>");
        var document = new PassportDocument(
            new HealthPassportDocumentDto(Guid.NewGuid(), DocumentType.DischargeSummary, "<b onmouseover=alert(2)>Summary</b>", "en", 1, "a\"b<c>.pdf", "application/pdf", 10),
            "key", "documents/01-a_b_c_.pdf");

        var html = HealthPassportHtml.Render(new PassportContent(patient, summary, [document], [], [], _now), linkFiles: true);

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<img", Case.Insensitive);
        html.ShouldNotContain("<iframe", Case.Insensitive);
        html.ShouldNotContain("<b onmouseover", Case.Insensitive);
        html.ShouldContain("&lt;SCRIPT&gt;ALERT(&#39;X&#39;)&lt;/SCRIPT&gt;");
        html.ShouldContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        html.ShouldContain("Penicillin&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;iframe src=//evil.example&gt;");
        html.ShouldContain("a&quot;b&lt;c&gt;.pdf");
    }

    [Fact]
    public void Page_FetchesNothing_AndForbidsFetchingInItsOwnPolicy()
    {
        var html = HealthPassportHtml.Render(new PassportContent(Patient("Haddad", "Amira", ["ar"]), Summary(), [], [], [], _now), linkFiles: false);

        html.ShouldNotContain("http://");
        html.ShouldNotContain("https://");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("url(", Case.Insensitive);
        html.ShouldContain($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HealthPassportHtml.ContentSecurityPolicy}\">");
        html.ShouldContain("@media print");
    }

    [Fact]
    public void Arabic_IsBesideEnglish_RightToLeft()
    {
        var html = HealthPassportHtml.Render(new PassportContent(Patient("Haddad", "Amira", ["ar-AE", "en"]), Summary(), [], [], [], _now), linkFiles: false);

        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">");
        html.ShouldContain("<h1 lang=\"ar\" dir=\"rtl\">جواز السفر الصحي</h1><h1 lang=\"en\" dir=\"ltr\">Health passport</h1>");
        html.ShouldContain("<div class=\"pair\"><h2 lang=\"ar\" dir=\"rtl\">الحساسية</h2><h2 lang=\"en\" dir=\"ltr\">Allergies</h2></div>");
        html.ShouldContain("<span class=\"l\" lang=\"ar\" dir=\"rtl\">شديدة</span><span class=\"l en\" lang=\"en\" dir=\"ltr\">Severe</span>");
    }

    [Fact]
    public void LanguageWithoutLabels_FallsBackToEnglish_NamingTheLanguage()
    {
        var html = HealthPassportHtml.Render(new PassportContent(Patient("Tanaka", "Yui", ["ja"]), null, [], [], [], _now), linkFiles: false);

        html.ShouldContain("Labels in Japanese (ja), the patient&#39;s preferred language, are not available yet; this passport is in English.");
        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">");
        html.ShouldNotContain("lang=\"ja\"");
    }

    [Fact]
    public void EmptySections_SayNoneRecorded_OncePerSection()
    {
        var html = HealthPassportHtml.Render(new PassportContent(Patient("Schmidt", "Jonas", ["de"]), null, [], [], [], _now), linkFiles: false);

        // Allergies, diagnoses, medications, appointments, follow-up plan, documents; the spouse is an emergency contact.
        CountOf(html, "<span class=\"l\" lang=\"de\" dir=\"ltr\">Nichts erfasst</span><span class=\"l en\" lang=\"en\" dir=\"ltr\">None recorded</span>").ShouldBe(6);
        html.ShouldContain("Omar Haddad");
    }

    [Theory]
    [InlineData("es", "Alergias")]
    [InlineData("de", "Allergien")]
    [InlineData("fr", "Allergies")]
    [InlineData("ar", "الحساسية")]
    [InlineData("ru", "Аллергии")]
    [InlineData("en", "Allergies")]
    public void EveryLanguage_HasEveryLabel(string language, string allergies)
    {
        PassportLabels.Gaps().ShouldBeEmpty();
        var labels = PassportLabels.For(language);
        labels.IsFallback.ShouldBeFalse();
        labels["allergies"].ShouldBe(allergies);
        labels.RightToLeft.ShouldBe(language == "ar");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static ClinicalSummaryDto Summary(string allergy = "Penicillin") => new(
        Guid.NewGuid(),
        [new DiagnosisDto(Guid.NewGuid(), "M17.1", "Primary osteoarthritis of the knee", DiagnosisStatus.Active, new DateOnly(2026, 10, 1))],
        [new MedicationDto(Guid.NewGuid(), "Apixaban", "2.5 mg", "oral", "twice daily", new DateOnly(2026, 11, 2), null)],
        [new AllergyDto(Guid.NewGuid(), allergy, "Hives", AllergySeverity.Severe)],
        [],
        _now,
        "dr-lopez",
        3);

    internal static PatientDto Patient(string familyName, string givenName, IReadOnlyList<string> languages) => new(
        Guid.NewGuid(),
        1,
        PatientKind.MedicalTourist,
        new PatientIdentity(familyName, givenName, "حداد", "أميرة", new DateOnly(1984, 3, 2), Sex.Female, "AE", "P1234567", new DateOnly(2031, 1, 1)),
        new ContactDetails(null, null, null, null, null, null, null),
        languages,
        false,
        new CulturalPreferences(null, null, null, null, null, null, null),
        [new RelatedPersonDto(Guid.NewGuid(), new RelatedPersonDetails("Omar Haddad", Relationship.Spouse, "+971501234567", null, true, true, true), _now, "amira", null)],
        new HomePhysicianDetails("Dr. Khalid Al-Mansoori", "Dubai Family Clinic", "AE", null, "k.almansoori@example.ae"),
        [],
        new Attribution(AttributionChannel.Direct, null, null, null),
        _now,
        "amira",
        _now,
        null,
        null,
        []);
}
