using Platform.Journeys.Contracts;
using Platform.Records.Contracts;

namespace Platform.Demo;

/// <summary>
/// The clinical summaries of demo patients who got as far as care (in care, discharged, in
/// follow-up, closed or lost to follow-up): the treating clinician records the diagnosis, the
/// medicines and any allergy on the day the patient enters care. A watch step looks at the journey
/// once a day from when it opened and stops when it ended without care.
/// </summary>
internal static class DemoClinicalSummaries
{
    private static readonly JourneyStage[] _cared = [JourneyStage.InCare, JourneyStage.Discharged, JourneyStage.FollowUp, JourneyStage.Closed, JourneyStage.LostToFollowUp];
    private static readonly JourneyStage[] _endedWithoutCare = [JourneyStage.Declined, JourneyStage.Cancelled];

    /// <summary>What the journey's title says the patient was treated for: a word of the title, then the ICD-10 diagnosis and one medicine.</summary>
    private static readonly Clinical[] _clinical =
    [
        new("knee replacement", "M17.1", "Primary osteoarthritis of the knee", "Paracetamol", "1 g", "oral", "every 6 hours"),
        new("hip replacement", "M16.1", "Primary osteoarthritis of the hip", "Enoxaparin", "40 mg", "subcutaneous", "once daily"),
        new("Spinal fusion", "M43.16", "Spondylolisthesis, lumbar region", "Pregabalin", "75 mg", "oral", "twice daily"),
        new("Shoulder", "M24.41", "Recurrent dislocation, shoulder", "Ibuprofen", "400 mg", "oral", "three times daily"),
        new("ACL", "S83.5", "Sprain of anterior cruciate ligament of knee", "Ibuprofen", "400 mg", "oral", "three times daily"),
        new("arthroscopy", "M23.2", "Derangement of meniscus due to old tear", "Ibuprofen", "400 mg", "oral", "three times daily"),
        new("bypass", "I25.1", "Atherosclerotic heart disease", "Atorvastatin", "80 mg", "oral", "once daily at night"),
        new("Aortic valve", "I35.0", "Aortic (valve) stenosis", "Bisoprolol", "2.5 mg", "oral", "once daily"),
        new("Mitral valve", "I34.0", "Mitral (valve) insufficiency", "Furosemide", "40 mg", "oral", "once daily"),
        new("Heart valve", "Z95.2", "Presence of prosthetic heart valve", "Warfarin", "5 mg", "oral", "once daily, dose by INR"),
        new("angiography", "I25.1", "Atherosclerotic heart disease", "Clopidogrel", "75 mg", "oral", "once daily"),
        new("IVF", "N97.9", "Female infertility, unspecified", "Follitropin alfa", "150 IU", "subcutaneous", "once daily"),
        new("Fertility", "N97.9", "Female infertility, unspecified", "Folic acid", "400 µg", "oral", "once daily"),
        new("Egg freezing", "Z31.8", "Other procreative management", "Follitropin alfa", "225 IU", "subcutaneous", "once daily"),
        new("breast", "C50.9", "Malignant neoplasm of breast, unspecified", "Letrozole", "2.5 mg", "oral", "once daily"),
        new("thyroid", "E04.1", "Nontoxic single thyroid nodule", "Levothyroxine", "50 µg", "oral", "once daily before breakfast"),
        new("lymphoma", "C85.9", "Non-Hodgkin lymphoma, unspecified", "Allopurinol", "300 mg", "oral", "once daily"),
        new("Prostate", "C61", "Malignant neoplasm of prostate", "Tamsulosin", "0.4 mg", "oral", "once daily"),
        new("ovarian", "N83.2", "Other and unspecified ovarian cysts", "Ibuprofen", "400 mg", "oral", "as needed, up to three times daily"),
        new("colon", "K63.5", "Polyp of colon", "Macrogol", "13.8 g", "oral", "once daily"),
        new("palpitations", "R00.2", "Palpitations", "Bisoprolol", "1.25 mg", "oral", "once daily"),
        new("Cataract", "H25.9", "Senile cataract, unspecified", "Dexamethasone eye drops", "0.1 %", "ophthalmic", "four times daily"),
        new("check-up", "Z00.0", "General medical examination", "Vitamin D3", "1000 IU", "oral", "once daily"),
        new("ankle", "S82.6", "Fracture of lateral malleolus", "Enoxaparin", "40 mg", "subcutaneous", "once daily"),
        new("appendicitis", "K35.8", "Acute appendicitis, other and unspecified", "Amoxicillin with clavulanic acid", "875/125 mg", "oral", "twice daily for 5 days"),
        new("NSTEMI", "I21.4", "Acute subendocardial myocardial infarction", "Aspirin", "100 mg", "oral", "once daily"),
        new("Wrist", "S52.5", "Fracture of lower end of radius", "Paracetamol", "1 g", "oral", "every 6 hours as needed"),
        new("Kidney stone", "N20.0", "Calculus of kidney", "Tamsulosin", "0.4 mg", "oral", "once daily"),
        new("gastroenteritis", "A09", "Infectious gastroenteritis and colitis, unspecified", "Oral rehydration salts", "200 ml", "oral", "after each loose stool"),
        new("ligament", "S83.4", "Sprain of collateral ligament of knee", "Ibuprofen", "400 mg", "oral", "three times daily"),
        new("Pneumonia", "J18.9", "Pneumonia, unspecified organism", "Amoxicillin", "1 g", "oral", "three times daily for 7 days"),
        new("Allergic reaction", "T78.4", "Allergy, unspecified", "Cetirizine", "10 mg", "oral", "once daily"),
        new("Stroke", "I63.9", "Cerebral infarction, unspecified", "Atorvastatin", "40 mg", "oral", "once daily"),
    ];

    private static readonly (string Substance, string Reaction, AllergySeverity Severity)[] _allergies =
    [
        ("Penicillin", "Hives", AllergySeverity.Moderate),
        ("Latex", "Contact dermatitis", AllergySeverity.Mild),
        ("Iodinated contrast media", "Anaphylaxis", AllergySeverity.Severe),
    ];

    public static IEnumerable<DemoStep> Stories(DemoCast cast, DateTimeOffset now)
    {
        var people = DemoPatients.All.ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var plan in DemoJourneys.Plans)
        {
            // The first word the title contains decides (the table lists the more specific words first).
            if (_clinical.FirstOrDefault(c => plan.Title.Contains(c.Word, StringComparison.OrdinalIgnoreCase)) is { } clinical)
            {
                var opened = DemoPatients.RegisteredAt(people[plan.PatientKey], now).AddMinutes(30);
                yield return Watch(opened.AddHours(3), plan.PatientKey, clinical, cast);
            }
        }
    }

    private static DemoStep Watch(DateTimeOffset at, string key, Clinical clinical, DemoCast cast) =>
        new(at, cast.Clinician, async (mediator, state, ct) =>
        {
            var stage = state.Journey(key).Stage;
            if (_endedWithoutCare.Contains(stage))
            {
                return;
            }

            if (!_cared.Contains(stage))
            {
                // A last look just before now, so a patient admitted today is not missed.
                var next = at.AddDays(1) < state.Now ? at.AddDays(1) : state.Now.AddMinutes(-1);
                if (next > at)
                {
                    state.Schedule(Watch(next, key, clinical, cast));
                }

                return;
            }

            var patientId = state.Patient(key).Id;
            var today = DateOnly.FromDateTime(at.UtcDateTime);
            var summary = await mediator.Send(new RecordDiagnosis(patientId, null, null, clinical.Code, clinical.Diagnosis, DiagnosisStatus.Active, today), ct);
            summary = await mediator.Send(new RecordMedication(patientId, summary.Version, null, clinical.Medicine, clinical.Dose, clinical.Route, clinical.Frequency, today), ct);
            // About half the patients have an allergy on file, the same ones on every load.
            if (key.Sum(c => c) % 2 == 0)
            {
                var (substance, reaction, severity) = _allergies[key.Length % _allergies.Length];
                await mediator.Send(new RecordAllergy(patientId, summary.Version, null, substance, reaction, severity), ct);
            }
        });

    private sealed record Clinical(string Word, string Code, string Diagnosis, string Medicine, string Dose, string Route, string Frequency);
}
