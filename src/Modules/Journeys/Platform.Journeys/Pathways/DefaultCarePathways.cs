using Platform.Journeys.Contracts;
using Platform.Kernel.Security;
using static Platform.Journeys.Contracts.FollowUpOffsetUnit;
using static Platform.Journeys.Contracts.MilestoneKind;

namespace Platform.Journeys.Pathways;

/// <summary>
/// The five pathways a center starts with, written the way an international patient office runs
/// them: records and review before any quote, visa papers a month ahead of arrival, pre-admission
/// work in the days before, discharge papers and the hand-back to the home doctor; then the follow-up
/// plan after discharge (calls, telehealth visits, tests at two weeks, six weeks, three months) and the
/// measures watched at home where they warn of a complication (fever after joint surgery, blood
/// pressure and rhythm after heart surgery).
/// </summary>
internal static class DefaultCarePathways
{
    public static IReadOnlyList<PublishCarePathwayVersion> All { get; } =
    [
        new(
            "orthopedics",
            "Orthopedic surgery (joint replacement, spine)",
            "Elective hip, knee and spine surgery for patients travelling in, from records review to the six-week follow-up.",
            [
                Step("Request recent imaging (X-ray, MRI) and orthopedic notes", Roles.Coordinator, InquiryReceived, 1, CareTaskPriority.High),
                Step("Orthopedic surgeon reviews records and confirms candidacy", Roles.Clinician, InquiryReceived, 5, CareTaskPriority.High),
                Step("Send package quote with implant options", Roles.Finance, InquiryReceived, 7),
                Step("Send invitation letter for the visa", Roles.Coordinator, ExpectedArrival, -30, CareTaskPriority.High),
                Step("Book airport pickup and recovery-friendly lodging", Roles.Coordinator, ExpectedArrival, -7),
                Step("Pre-admission tests and anesthesia assessment", Roles.Clinician, Admission, -1, CareTaskPriority.High),
                Step("Physiotherapy plan started", Roles.Clinician, Procedure, 1),
                Step("Discharge summary translated and sent to home physician", Roles.CaseManager, Discharge, 2),
                Step("Fit-to-fly check before departure", Roles.Clinician, Departure, -1, CareTaskPriority.High),
            ],
            ["Passport copy", "Recent imaging (X-ray or MRI) with report", "Orthopedic consultation notes", "Medication list", "Insurance or payment guarantee"],
            ["Implant choice confirmed in writing", "DVT prophylaxis plan for the flight home", "Companion travel arranged", "Home physician named for the hand-back"],
            [
                FollowUp(FollowUpKind.Call, "Wound check call", Roles.CaseManager, 2, Weeks, "Ask about redness, discharge, fever, calf pain; confirm staples or sutures removed by the home physician."),
                FollowUp(FollowUpKind.Questionnaire, "Pain and function questionnaire (Oxford score)", Roles.CaseManager, 4, Weeks, "Send in the patient's language; a score under 30 goes to the surgeon."),
                FollowUp(FollowUpKind.TelehealthVisit, "Telehealth review with the surgeon", Roles.Clinician, 6, Weeks, "Range of motion on video, physiotherapy progress, return to driving and work."),
                FollowUp(FollowUpKind.Test, "X-ray of the operated joint, reviewed by the surgeon", Roles.Clinician, 3, Months, "Taken near home; the patient uploads the images and report."),
            ],
            [Threshold(MonitoredMeasure.Temperature, 35.5, 38.0), Threshold(MonitoredMeasure.HeartRate, 50, 110)]),
        new(
            "cardiac-surgery",
            "Cardiac surgery",
            "Bypass and valve surgery: heart-team review, pre-authorization, admission, ICU step-down and cardiac rehabilitation hand-back.",
            [
                Step("Collect angiography, echocardiogram and cardiology letters", Roles.Coordinator, InquiryReceived, 1, CareTaskPriority.High),
                Step("Heart-team review and treatment recommendation", Roles.Clinician, InquiryReceived, 4, CareTaskPriority.Urgent),
                Step("Quote or guarantee of payment from the payor", Roles.Finance, InquiryReceived, 7, CareTaskPriority.High),
                Step("Send invitation letter for patient and companion visas", Roles.Coordinator, ExpectedArrival, -21, CareTaskPriority.High),
                Step("Arrange interpreter for consent and ICU stay", Roles.Coordinator, Admission, -3),
                Step("Pre-operative work-up and consent", Roles.Clinician, Admission, 0, CareTaskPriority.Urgent),
                Step("Daily update call to family", Roles.CaseManager, Procedure, 1),
                Step("Discharge summary and medication plan to home cardiologist", Roles.CaseManager, Discharge, 1, CareTaskPriority.High),
                Step("Fit-to-fly assessment", Roles.Clinician, Departure, -2, CareTaskPriority.High),
            ],
            ["Passport copy", "Coronary angiography report and images", "Echocardiogram", "Cardiology referral letter", "Payor guarantee of payment"],
            ["Blood products consent recorded", "Anticoagulation plan agreed with home cardiologist", "Cardiac rehabilitation at home arranged"],
            [
                FollowUp(FollowUpKind.Call, "Recovery call: wound, breathing, medication", Roles.CaseManager, 1, Weeks, "Check sternal wound, breathlessness, swelling of the legs, that every medication is being taken."),
                FollowUp(FollowUpKind.Test, "INR and blood count with the home laboratory", Roles.Clinician, 2, Weeks, "Anticoagulation dose adjusted with the home cardiologist."),
                FollowUp(FollowUpKind.TelehealthVisit, "Telehealth review with the cardiac surgeon", Roles.Clinician, 6, Weeks),
                FollowUp(FollowUpKind.Test, "Echocardiogram, reviewed by the heart team", Roles.Clinician, 3, Months, "Done by the home cardiologist; report sent to the center."),
                FollowUp(FollowUpKind.ClinicReview, "Cardiac rehabilitation completion review", Roles.Clinician, 6, Months),
            ],
            [
                Threshold(MonitoredMeasure.BloodPressureSystolic, 90, 160),
                Threshold(MonitoredMeasure.BloodPressureDiastolic, 50, 100),
                Threshold(MonitoredMeasure.HeartRate, 50, 110),
                Threshold(MonitoredMeasure.OxygenSaturation, 92, null),
                Threshold(MonitoredMeasure.Temperature, null, 38.0),
            ]),
        new(
            "oncology-second-opinion",
            "Oncology second opinion",
            "A second opinion by the tumor board, remote or in person, with a written report for the patient and home oncologist.",
            [
                Step("Request pathology slides or blocks, imaging and treatment history", Roles.Coordinator, InquiryReceived, 1, CareTaskPriority.High),
                Step("Translate records into the working language", Roles.CaseManager, InquiryReceived, 4),
                Step("Present the case at the tumor board", Roles.Clinician, InquiryReceived, 10, CareTaskPriority.High),
                Step("Telehealth consultation to explain the opinion", Roles.Clinician, InquiryReceived, 12),
                Step("Send the written second-opinion report", Roles.Clinician, InquiryReceived, 14, CareTaskPriority.High),
                Step("Quote for treatment here, if the patient asks", Roles.Finance, InquiryReceived, 16, CareTaskPriority.Low),
                Step("Follow-up call on the patient's decision", Roles.CaseManager, InquiryReceived, 30),
            ],
            ["Pathology report and slides or blocks", "Imaging (CT, MRI, PET) with reports", "Treatment history and current medications", "Consent to share records across borders"],
            ["Slides received and logged with chain of custody", "Report reviewed with the patient in their language", "Home oncologist copied on the report"],
            [
                FollowUp(FollowUpKind.Call, "Call on how treatment at home is going", Roles.CaseManager, 4, Weeks),
                FollowUp(FollowUpKind.TelehealthVisit, "Telehealth review of the treatment response", Roles.Clinician, 3, Months, "Ask the home oncologist for the latest imaging beforehand."),
            ],
            []),
        new(
            "fertility",
            "Fertility treatment (IVF cycle)",
            "One IVF cycle for patients travelling in: remote work-up, stimulation protocol, retrieval and transfer, pregnancy-test follow-up.",
            [
                Step("Collect hormone panel, ultrasound and partner's semen analysis", Roles.Coordinator, InquiryReceived, 2),
                Step("Fertility specialist reviews and proposes a protocol", Roles.Clinician, InquiryReceived, 7, CareTaskPriority.High),
                Step("Send cycle package quote", Roles.Finance, InquiryReceived, 9),
                Step("Send invitation letter for the visa", Roles.Coordinator, ExpectedArrival, -30),
                Step("Ship stimulation medication or prescribe locally", Roles.Clinician, ExpectedArrival, -14, CareTaskPriority.High),
                Step("Baseline scan on arrival", Roles.Clinician, ExpectedArrival, 1, CareTaskPriority.High),
                Step("Egg retrieval and embryology report", Roles.Clinician, Procedure, 0, CareTaskPriority.High),
                Step("Pregnancy-test follow-up call", Roles.CaseManager, Departure, 14),
            ],
            ["Passport copies of both partners", "Hormone panel (AMH, FSH)", "Pelvic ultrasound", "Semen analysis", "Marriage certificate where the law requires it"],
            ["Legal consent forms signed by both partners", "Embryo storage decision recorded", "Cycle calendar shared with the patient"],
            [
                FollowUp(FollowUpKind.Call, "Call on pain, bleeding and bloating after retrieval", Roles.CaseManager, 3, Days, "Signs of ovarian hyperstimulation go to the fertility specialist the same day."),
                FollowUp(FollowUpKind.Test, "Blood pregnancy test (beta-hCG) result", Roles.Clinician, 2, Weeks),
                FollowUp(FollowUpKind.TelehealthVisit, "Telehealth review of the result and next steps", Roles.Clinician, 3, Weeks),
            ],
            [Threshold(MonitoredMeasure.Temperature, null, 38.0), Threshold(MonitoredMeasure.Weight, null, 120)]),
        new(
            "executive-checkup",
            "Executive check-up",
            "A one- or two-day comprehensive health check with results explained the same week and a report for the patient's own doctor.",
            [
                Step("Send pre-visit questionnaire and fasting instructions", Roles.Coordinator, ExpectedArrival, -7),
                Step("Confirm appointment schedule for each test", Roles.Coordinator, ExpectedArrival, -3),
                Step("Results review with the physician", Roles.Clinician, Procedure, 1, CareTaskPriority.High),
                Step("Send written report in the patient's language", Roles.CaseManager, Procedure, 5),
                Step("Reminder for next year's check-up", Roles.CaseManager, Procedure, 330, CareTaskPriority.Low),
            ],
            ["Passport copy", "Completed health questionnaire", "Previous check-up results, if any"],
            ["Fasting confirmed on the morning", "Interpreter booked if needed", "Report copy sent to home physician with consent"],
            [
                FollowUp(FollowUpKind.TelehealthVisit, "Telehealth call on findings to act on", Roles.Clinician, 2, Weeks, "Only findings that need action; the written report covers the rest."),
                FollowUp(FollowUpKind.Test, "Repeat of abnormal laboratory results", Roles.Clinician, 3, Months),
            ],
            []),
    ];

    private static PathwayFollowUpInput FollowUp(FollowUpKind kind, string title, string role, int amount, FollowUpOffsetUnit unit, string? instructions = null) =>
        new(kind, title, role, amount, unit, instructions);

    private static MeasureThresholdInput Threshold(MonitoredMeasure measure, double? low, double? high) => new(measure, low, high);

    private static PathwayStepInput Step(string title, string role, MilestoneKind milestone, int offsetDays, CareTaskPriority priority = CareTaskPriority.Normal) =>
        new(title, role, milestone, offsetDays, priority);
}
