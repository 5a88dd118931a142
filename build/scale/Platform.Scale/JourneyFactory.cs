using Platform.Journeys.Contracts;
using Platform.Patients.Contracts;

namespace Platform.Scale;

/// <summary>
/// Plausible journeys, the same ones for the same seed: spread over every stage and the five pathways,
/// dated so their milestones come in order (an in-care journey was admitted in the last days, a closed
/// one months ago), with the pathway's tasks done up to some days ago, so open journeys carry overdue
/// work. A coordinator holds the journeys of about <see cref="CaseloadPatients"/> patients, so the
/// center hires coordinators as it grows: the demo user "coordinator" holds the first patients' journeys
/// at every size.
/// </summary>
internal sealed class JourneyFactory(int seed)
{
    /// <summary>How many patients' journeys one coordinator holds.</summary>
    public const int CaseloadPatients = 300;

    private static readonly (string Line, string Title)[] _lines =
    [
        ("orthopedics", "Total knee replacement"), ("orthopedics", "Hip replacement"), ("orthopedics", "Spinal fusion"),
        ("cardiac-surgery", "Coronary artery bypass"), ("cardiac-surgery", "Aortic valve replacement"),
        ("oncology-second-opinion", "Second opinion on a breast cancer treatment plan"), ("oncology-second-opinion", "Second opinion on a lymphoma diagnosis"),
        ("fertility", "IVF cycle"), ("executive-checkup", "Executive check-up"),
    ];

    private static readonly (JourneyStage Stage, int Weight)[] _stages =
    [
        (JourneyStage.Inquiry, 10), (JourneyStage.MedicalReview, 8), (JourneyStage.Quotation, 8), (JourneyStage.Confirmed, 6),
        (JourneyStage.PreTravel, 6), (JourneyStage.InCare, 8), (JourneyStage.Discharged, 5), (JourneyStage.FollowUp, 10),
        (JourneyStage.Closed, 25), (JourneyStage.Declined, 5), (JourneyStage.Cancelled, 5), (JourneyStage.LostToFollowUp, 4),
    ];

    private readonly Random _random = new(seed);

    public JourneyImport Next(long patientNumber, Guid patientId, PatientKind kind, DateTimeOffset now)
    {
        var (line, title) = _lines[_random.Next(_lines.Length)];
        var stage = PickStage();
        var milestones = new Dictionary<MilestoneKind, DateTimeOffset>();
        DateTimeOffset opened;
        DateTimeOffset? doneThrough = now.AddDays(-_random.Next(0, 15));
        switch (stage)
        {
            case JourneyStage.Inquiry or JourneyStage.MedicalReview or JourneyStage.Quotation:
                opened = now.AddDays(-_random.Next(1, 60)).AddMinutes(-_random.Next(1440));
                break;
            case JourneyStage.Confirmed or JourneyStage.PreTravel:
                opened = now.AddDays(-_random.Next(20, 75)).AddMinutes(-_random.Next(1440));
                milestones[MilestoneKind.ExpectedArrival] = opened.AddDays(_random.Next(30, 90));
                break;
            case JourneyStage.Declined or JourneyStage.Cancelled or JourneyStage.LostToFollowUp:
                opened = now.AddDays(-_random.Next(30, 700)).AddMinutes(-_random.Next(1440));
                doneThrough = opened.AddDays(_random.Next(0, 10));
                break;
            default:
                var admission = stage switch
                {
                    JourneyStage.InCare => now.AddDays(-_random.Next(0, 8)),
                    JourneyStage.Discharged => now.AddDays(-_random.Next(5, 12)),
                    JourneyStage.FollowUp => now.AddDays(-_random.Next(12, 80)),
                    _ => now.AddDays(-_random.Next(90, 700)),
                };
                admission = admission.AddMinutes(-_random.Next(1440));
                milestones[MilestoneKind.ExpectedArrival] = admission.AddDays(-1);
                milestones[MilestoneKind.Admission] = admission;
                milestones[MilestoneKind.Procedure] = admission.AddDays(1);
                if (stage != JourneyStage.InCare)
                {
                    milestones[MilestoneKind.Discharge] = admission.AddDays(4);
                    milestones[MilestoneKind.Departure] = admission.AddDays(10);
                }

                opened = admission.AddDays(-_random.Next(22, 60));
                doneThrough = stage == JourneyStage.Closed ? now : doneThrough;
                break;
        }

        var coordinator = patientNumber <= CaseloadPatients ? ("coordinator", "Amira Haddad") : ($"coordinator-{patientNumber / CaseloadPatients}", $"Coordinator {patientNumber / CaseloadPatients}");
        return new JourneyImport(patientId, kind, title, line, stage, opened, milestones, doneThrough > now ? now : doneThrough, coordinator.Item1, coordinator.Item2);
    }

    private JourneyStage PickStage()
    {
        var pick = _random.Next(_stages.Sum(s => s.Weight));
        foreach (var (stage, weight) in _stages)
        {
            if ((pick -= weight) < 0)
            {
                return stage;
            }
        }

        return JourneyStage.Closed;
    }
}
