using System.Globalization;
using System.Security.Claims;
using System.Text;
using Platform.Records.Contracts;

namespace Platform.Demo;

/// <summary>
/// The demo patients' records, filed through the real upload path (type checked against the bytes,
/// scanned, stored): referral letters and reports in the languages the patients bring (Portuguese,
/// Arabic, Russian, German), passport copies and invitation letters for the visa, a discharge summary;
/// a request to a home-country hospital answered, and one still overdue after a reminder; a referral
/// translated by hand; and the demo patient's discharge documents shared with her home physician.
/// The files are small, and say they are demo documents.
/// </summary>
internal static class DemoRecords
{
    public static IEnumerable<DemoStep> Stories(DemoCast cast, DateTimeOffset now)
    {
        var people = DemoPatients.All.ToDictionary(p => p.Key, StringComparer.Ordinal);
        var filed = new Dictionary<string, DocumentDto>(StringComparer.Ordinal);
        DateTimeOffset After(string key, double days) => Clamp(DemoPatients.RegisteredAt(people[key], now).AddDays(days), now);

        DemoStep File(string key, double days, string name, DocumentType type, string title, string language, DocumentSource source, DemoFile file, ClaimsPrincipal? by = null) =>
            new(After(key, days), by ?? cast.Coordinator, async (mediator, state, ct) =>
            {
                state.Journeys.TryGetValue(key, out var journey);
                await using var content = new MemoryStream(file.Bytes);
                filed[name] = await mediator.Send(new UploadDocument(state.Patient(key).Id, type, title, language, source, new DocumentContent(file.FileName, file.ContentType, content), journey?.Id), ct);
            });

        // Maria Santos (the demo patient): a knee replacement, from the orthopaedist's referral in São Paulo to the discharge summary.
        yield return File("maria-santos", 1, "maria-referral", DocumentType.ReferralLetter, "Encaminhamento ortopédico — Dra. Ana Ribeiro", "pt-BR", DocumentSource.HomeProvider,
            DemoFile.Text("encaminhamento.txt", """
                Clínica Ortopédica Paulista — São Paulo
                Encaminhamento

                Paciente: Maria Santos, 57 anos.
                Gonartrose primária do joelho direito, grau IV de Kellgren-Lawrence. Dor mecânica há 4 anos,
                refratária a fisioterapia, analgésicos e duas infiltrações com corticoide.
                Solicito avaliação para artroplastia total do joelho direito.

                Dra. Ana Ribeiro — CRM-SP 123456
                """));
        yield return File("maria-santos", 1.1, "maria-mri", DocumentType.ImagingReport, "Ressonância magnética do joelho direito", "pt-BR", DocumentSource.HomeProvider,
            DemoFile.Pdf("rm-joelho-direito.pdf", "Laudo de ressonância magnética — joelho direito",
                "Redução acentuada do espaço articular femorotibial medial.", "Osteófitos marginais e edema ósseo subcondral.", "Rotura complexa do corno posterior do menisco medial.", "Conclusão: gonartrose avançada."));
        yield return File("maria-santos", 1.2, "maria-passport", DocumentType.PassportCopy, "Passaporte (cópia)", "pt-BR", DocumentSource.Patient,
            DemoFile.Pdf("passaporte.pdf", "República Federativa do Brasil — Passaporte", "Tipo P, número FZ482913", "Santos, Maria — nascida em 14/05/1968", "Cópia da página de identificação (demonstração)."), cast.Patient);
        yield return File("maria-santos", 3, "maria-invitation", DocumentType.InvitationLetter, "Invitation letter for the medical visa", "en", DocumentSource.Facility,
            DemoFile.Pdf("invitation-letter.pdf", "International Patient Center — Invitation letter", "To the consular section:", "Mrs Maria Santos (passport FZ482913) is invited for a total right knee replacement.", "Expected stay: 21 days, with her husband Joao Santos as companion.", "The center confirms the treatment plan and the deposit received."));
        yield return File("maria-santos", 30, "maria-discharge", DocumentType.DischargeSummary, "Discharge summary — total knee replacement", "en", DocumentSource.Facility,
            DemoFile.Pdf("discharge-summary.pdf", "Discharge summary", "Procedure: total right knee arthroplasty, cemented, uneventful.", "Mobilised on day 1; discharged on day 5 walking with crutches.", "Medication: rivaroxaban 10 mg for 14 days; paracetamol as needed.", "Follow-up: wound check at 2 weeks, physiotherapy 3 times a week, review at 6 weeks."),
            cast.Clinician);
        yield return new DemoStep(After("maria-santos", 31), cast.Coordinator, async (mediator, state, ct) =>
            await mediator.Send(new ShareDocuments(state.Patient("maria-santos").Id, new ShareRecipient(ShareRecipientKind.HomePhysician, "Dr. Ana Ribeiro", "BR", "ana.ribeiro@example.com.br"),
                [filed["maria-discharge"].Id, filed["maria-mri"].Id], state.Current.AddDays(60), "For the follow-up visits at home"), ct));

        // Abdullah Al Qahtani: records from Riyadh in Arabic, one requested from his hospital, the referral translated by hand.
        yield return File("abdullah-alqahtani", 1, "abdullah-referral", DocumentType.ReferralLetter, "خطاب إحالة — أمراض القلب", "ar", DocumentSource.HomeProvider,
            DemoFile.Text("ihala.txt", """
                مستشفى الملك فهد — الرياض
                خطاب إحالة

                المريض: عبدالله القحطاني، ٦٤ عامًا.
                ذبحة صدرية مستقرة مع تضيق في ثلاثة شرايين تاجية في القسطرة.
                نوصي بتقييم لعملية تحويل مسار الشريان التاجي.

                د. سعد العتيبي — استشاري أمراض القلب
                """));
        yield return File("abdullah-alqahtani", 1.1, "abdullah-labs", DocumentType.LabResults, "نتائج التحاليل المخبرية", "ar", DocumentSource.HomeProvider,
            DemoFile.Text("tahalil.txt", """
                الهيموغلوبين السكري: ٧٫٤٪
                الكوليسترول الضار: ١٣٨ ملغ/دل
                الكرياتينين: ١٫١ ملغ/دل
                التروبونين: سلبي
                """));
        yield return new DemoStep(After("abdullah-alqahtani", 2), cast.Coordinator, async (mediator, state, ct) =>
        {
            var referral = filed["abdullah-referral"];
            filed["abdullah-referral"] = await mediator.Send(new SendDocumentForTranslation(state.Patient("abdullah-alqahtani").Id, referral.Id, referral.Version, "en", Certified: true,
                DateOnly.FromDateTime(state.Current.UtcDateTime).AddDays(5), "Gulf Translations", Manual: true), ct);
        });
        yield return new DemoStep(After("abdullah-alqahtani", 5), cast.Coordinator, async (mediator, state, ct) =>
        {
            var file = DemoFile.Text("referral-en.txt", """
                King Fahd Hospital — Riyadh. Referral letter (certified translation from Arabic by Gulf Translations).
                Patient: Abdullah Al Qahtani, 64 years old.
                Stable angina with three-vessel coronary artery disease on angiography.
                We recommend assessment for coronary artery bypass grafting.
                Dr. Saad Al Otaibi, consultant cardiologist.
                """);
            await using var content = new MemoryStream(file.Bytes);
            var referral = filed["abdullah-referral"];
            await mediator.Send(new UploadDocument(state.Patient("abdullah-alqahtani").Id, DocumentType.ReferralLetter, "Referral letter — cardiology (certified translation)", "en", DocumentSource.Partner,
                new DocumentContent(file.FileName, file.ContentType, content), referral.JourneyId, referral.Id), ct);
        });
        yield return new DemoStep(After("abdullah-alqahtani", 1.2), cast.Coordinator, async (mediator, state, ct) =>
        {
            var request = await mediator.Send(new RequestRecords(state.Patient("abdullah-alqahtani").Id, new RecordsProvider("King Fahd Hospital", "SA", "records@kfh.example.sa", "+966114670000"),
                "Echocardiography and coronary angiography reports since 2023", [DocumentType.ImagingReport], DateOnly.FromDateTime(state.Current.UtcDateTime).AddDays(10)), ct);
            state.Schedule(new DemoStep(state.Current.AddDays(6), cast.Coordinator, async (mediator2, state2, ct2) =>
            {
                var file = DemoFile.Text("qastara.txt", "تقرير القسطرة القلبية: تضيق ٨٠٪ في الشريان الأمامي النازل، ٧٠٪ في الشريان المنعطف، ٩٠٪ في الشريان التاجي الأيمن. الكسر القذفي ٥٠٪.");
                await using var content = new MemoryStream(file.Bytes);
                await mediator2.Send(new RecordRecordsReceived(request.PatientId, request.Id, request.Version, DocumentType.ImagingReport, "تقرير القسطرة القلبية", "ar",
                    new DocumentContent(file.FileName, file.ContentType, content), Complete: true), ct2);
            }));
        });

        // Irina Volkova: a referral in Russian, and pathology slides asked of her Moscow hospital: overdue, reminded, still awaited.
        yield return File("irina-volkova", 1, "irina-referral", DocumentType.ReferralLetter, "Направление — онкология", "ru", DocumentSource.HomeProvider,
            DemoFile.Text("napravlenie.txt", """
                ГБУЗ «Московский клинический научный центр»
                Направление на консультацию (второе мнение)

                Пациентка: Волкова Ирина, 51 год.
                Диагноз: рак левой молочной железы, T2N1M0, люминальный B подтип.
                Предложено: неоадъювантная химиотерапия, затем мастэктомия.
                """));
        yield return new DemoStep(Clamp(now.AddDays(-20), now), cast.Coordinator, async (mediator, state, ct) =>
        {
            var request = await mediator.Send(new RequestRecords(state.Patient("irina-volkova").Id, new RecordsProvider("Moscow Clinical Scientific Center", "RU", "archive@mknc.example.ru", null),
                "Histology slides and the pathology report of the core biopsy", [DocumentType.LabResults, DocumentType.Images], DateOnly.FromDateTime(state.Current.UtcDateTime).AddDays(14)), ct);
            state.Schedule(new DemoStep(state.Current.AddDays(15), cast.Coordinator, async (mediator2, _, ct2) =>
                await mediator2.Send(new RemindRecordsRequest(request.PatientId, request.Id, request.Version, "Called the archive: slides not sent yet, promised this week"), ct2)));
        });

        // Fatima Al Mansouri: passport copy and invitation letter for the visa.
        yield return File("fatima-almansouri", 1, "fatima-passport", DocumentType.PassportCopy, "Passport copy", "ar", DocumentSource.Patient,
            DemoFile.Pdf("passport.pdf", "United Arab Emirates — Passport", "Type P, number P8834125", "Al Mansouri, Fatima — born 02/11/1979", "Copy of the data page (demo document)."));
        yield return File("fatima-almansouri", 2, "fatima-invitation", DocumentType.InvitationLetter, "Invitation letter for the medical visa", "en", DocumentSource.Facility,
            DemoFile.Pdf("invitation-letter.pdf", "International Patient Center — Invitation letter", "To the consular section:", "Mrs Fatima Al Mansouri (passport P8834125) is invited for an IVF cycle with PGT.", "Expected stay: 18 days, with her sister Hessa Al Mansouri as companion."));

        // Wolfgang Schmidt: lab results from his GP in Düsseldorf, in German.
        yield return File("wolfgang-schmidt", 1, "wolfgang-labs", DocumentType.LabResults, "Laborbefund — Hausarzt", "de", DocumentSource.HomeProvider,
            DemoFile.Text("laborbefund.txt", """
                Hausarztpraxis Dr. Keller — Düsseldorf
                Laborbefund

                Hämoglobin: 13,9 g/dl
                INR: 1,0
                Kreatinin: 1,2 mg/dl (eGFR 58 ml/min)
                HbA1c: 6,1 %
                """));
    }

    private static DateTimeOffset Clamp(DateTimeOffset at, DateTimeOffset now) => at < now ? at : now.AddSeconds(-2);
}

/// <summary>A small demo file: UTF-8 text, or a one-page PDF a viewer opens.</summary>
internal sealed record DemoFile(string FileName, string ContentType, byte[] Bytes)
{
    public static DemoFile Text(string fileName, string text) => new(fileName, "text/plain", Encoding.UTF8.GetBytes(text + "\n\n(Demo document.)\n"));

    /// <summary>One page in Helvetica (WinAnsi, so Latin accents print); every object's offset is written in the cross-reference table.</summary>
    public static DemoFile Pdf(string fileName, string title, params string[] lines)
    {
        var latin1 = Encoding.Latin1;
        var page = new StringBuilder("BT /F1 16 Tf 56 780 Td (").Append(Escape(title)).Append(") Tj /F1 11 Tf 0 -28 Td");
        foreach (var line in lines.Append("(Demo document.)"))
        {
            page.Append(" (").Append(Escape(line)).Append(") Tj 0 -16 Td");
        }

        page.Append(" ET");
        var stream = latin1.GetBytes(page.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {stream.Length} >>\nstream\n{latin1.GetString(stream)}\nendstream"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return new DemoFile(fileName, "application/pdf", latin1.GetBytes(pdf.ToString()));
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}
