using System.Security.Claims;
using Platform.Journeys.Contracts;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;

namespace Platform.Demo;

/// <summary>
/// Each demo patient's journey, told stage by stage at the pace such journeys go: a medical tourist
/// from inquiry through review, quotation and travel to care and follow-up; a traveler taken ill
/// straight into care; residents from a doctor's referral to an outpatient procedure. Journeys
/// registered recently are still early on, older ones are closed; a few end declined, cancelled or
/// lost to follow-up. Pathway tasks are done when they fall due, most on time, some late, and a few
/// are left open so the work queues show overdue work.
/// </summary>
internal static class DemoJourneys
{
    internal enum Ending
    {
        Completes,
        Declined,
        Cancelled,
        LostToFollowUp,
    }

    /// <summary>One patient's journey: what for, on which pathway, and how it ends.</summary>
    internal sealed record Plan(string PatientKey, string Title, string? ServiceLine, Ending Ending = Ending.Completes, CareSetting Setting = CareSetting.Admitted, string? Note = null);

    public static IReadOnlyList<Plan> Plans { get; } =
    [
        new("maria-santos", "Total knee replacement, right knee", "orthopedics", Note: "Prefers WhatsApp voice messages in Portuguese; husband João travels with her."),
        new("fatima-almansouri", "IVF cycle with pre-implantation genetic testing", "fertility", Note: "Female physician requested for all examinations; sister accompanies."),
        new("abdullah-alqahtani", "Coronary artery bypass grafting", "cardiac-surgery", Note: "Son Faisal is the family's contact for decisions; Arabic interpreter at every consultation."),
        new("noura-alsabah", "Laparoscopic hip arthroscopy", "orthopedics", Ending.Declined, Note: "Chose to be treated at home after the quotation."),
        new("hamad-althani", "Aortic valve replacement", "cardiac-surgery"),
        new("salim-albusaidi", "Executive health check-up", "executive-checkup"),
        new("irina-volkova", "Second opinion on breast cancer treatment plan", "oncology-second-opinion", Note: "Flights changed by the facilitator: arrival moved a week later."),
        new("aidana-nurlanovna", "Fertility assessment and IVF", "fertility", Ending.Cancelled, Note: "Cancelled before travel: visa appointment could not be obtained in time."),
        new("chukwuemeka-okonkwo", "Spinal fusion L4-L5", "orthopedics", Ending.LostToFollowUp),
        new("adaeze-eze", "Second opinion on thyroid nodule", "oncology-second-opinion"),
        new("youssef-benali", "Mitral valve repair", "cardiac-surgery"),
        new("emily-carter", "Egg freezing", "fertility", Setting: CareSetting.Outpatient),
        new("david-cohen", "Total hip replacement", "orthopedics", Note: "No elective procedures from Friday evening to Saturday evening."),
        new("haruto-sato", "Executive health check-up", "executive-checkup", Setting: CareSetting.Outpatient),
        new("yui-takahashi", "Second opinion on lymphoma staging", "oncology-second-opinion"),
        new("wei-zhang", "Prostate cancer second opinion and treatment planning", "oncology-second-opinion", Note: "Family asked that results be given to the son first."),
        new("thomas-mueller", "Fractured ankle after a cycling fall", null),
        new("lena-schneider", "Acute appendicitis", null),
        new("oliver-bennett", "Chest pain on a cruise stop: NSTEMI", null),
        new("chloe-walsh", "Wrist fracture, outpatient reduction", null, Setting: CareSetting.Outpatient),
        new("daan-devries", "Kidney stone with obstruction", null),
        new("james-whitaker", "Severe gastroenteritis with dehydration", null, Setting: CareSetting.Outpatient),
        new("sophie-laurent", "Knee ligament injury while hiking", null, Setting: CareSetting.Outpatient),
        new("mikhail-petrov", "Pneumonia", null),
        new("ana-kowalska", "Allergic reaction, observation", null, Setting: CareSetting.Outpatient),
        new("kenji-nakamura", "Stroke symptoms on arrival: thrombolysis", null, Note: "Wife does not speak English; Japanese interpreter booked for rounds."),
        new("priya-sharma", "Executive health check-up (employer plan)", "executive-checkup", Setting: CareSetting.Outpatient),
        new("arjun-mehta", "Knee arthroscopy after football injury", "orthopedics"),
        new("li-na", "Fertility assessment", "fertility", Setting: CareSetting.Outpatient),
        new("james-oconnor", "Cardiac check-up after palpitations", "executive-checkup", Setting: CareSetting.Outpatient),
        new("olena-kovalenko", "Second opinion on ovarian cyst", "oncology-second-opinion", Setting: CareSetting.Outpatient),
        new("samuel-adeyemi", "Shoulder stabilisation", "orthopedics"),
        new("hannah-becker", "Executive health check-up", "executive-checkup", Setting: CareSetting.Outpatient),
        new("omar-haddad", "Executive health check-up (employer plan)", "executive-checkup", Setting: CareSetting.Outpatient),
        new("ethan-brooks", "ACL reconstruction", "orthopedics"),
        new("margaret-hughes", "Cataract assessment and check-up", "executive-checkup", Setting: CareSetting.Outpatient),
        new("robert-evans", "Coronary angiography and stenting", "cardiac-surgery"),
        new("ingrid-johansen", "Hip replacement", "orthopedics"),
        new("lars-andersson", "Heart valve follow-up", "cardiac-surgery", Ending.LostToFollowUp),
        new("gerda-vandenberg", "Winter health check-up", "executive-checkup", Setting: CareSetting.Outpatient),
        new("wolfgang-schmidt", "Knee replacement", "orthopedics", Note: "German interpreter needed; wife Ursula attends every consultation."),
        new("brigitte-moreau", "Second opinion on colon polyp histology", "oncology-second-opinion", Setting: CareSetting.Outpatient),
        new("patrick-murphy", "Annual check-up", "executive-checkup", Setting: CareSetting.Outpatient),
        new("susan-miller", "Hip replacement", "orthopedics"),
    ];

    /// <summary>The steps of every plan, starting half an hour after the patient registered.</summary>
    public static IEnumerable<DemoStep> Stories(DemoCast cast, DateTimeOffset now)
    {
        var people = DemoPatients.All.ToDictionary(p => p.Key, StringComparer.Ordinal);
        foreach (var plan in Plans)
        {
            var person = people[plan.PatientKey];
            var opened = DemoPatients.RegisteredAt(person, now).AddMinutes(30);
            foreach (var step in Story(plan, person, opened, cast))
            {
                yield return step;
            }
        }
    }

    private static IEnumerable<DemoStep> Story(Plan plan, DemoPatients.Person person, DateTimeOffset opened, DemoCast cast)
    {
        var key = plan.PatientKey;
        var staff = person.Kind == PatientKind.IllOrInjuredTraveler ? cast.CaseManager : cast.Coordinator;
        var start = person.Kind switch
        {
            PatientKind.IllOrInjuredTraveler => JourneyStage.InCare,
            PatientKind.MedicalTourist => JourneyStage.Inquiry,
            _ => JourneyStage.MedicalReview,
        };
        yield return new DemoStep(opened, staff, async (mediator, state, ct) =>
        {
            var journey = await mediator.Send(new OpenJourney(state.Patient(key).Id, plan.Title, plan.ServiceLine, start, start == JourneyStage.InCare ? plan.Setting : null), ct);
            state.KeepJourney(key, journey);
            await DemoTasks.ScheduleDueAsync(mediator, state, key, cast, ct);
        });

        yield return Team(opened.AddMinutes(5), staff, key, CareTeamRole.Coordinator, cast.CoordinatorName, cast.CoordinatorId);
        yield return Team(opened.AddMinutes(6), staff, key, CareTeamRole.CaseManager, cast.CaseManagerName, cast.CaseManagerId);
        if (plan.Note is { } note)
        {
            yield return new DemoStep(opened.AddMinutes(12), staff, async (mediator, state, ct) => await mediator.Send(new AddJourneyNote(state.Journey(key).Id, note), ct));
        }

        if (person.Interpreter)
        {
            yield return Team(opened.AddHours(2), staff, key, CareTeamRole.Interpreter, InterpreterFor(person.Languages[0]), null);
        }

        foreach (var step in person.Kind switch
        {
            PatientKind.IllOrInjuredTraveler => Unplanned(plan, opened, cast),
            PatientKind.MedicalTourist => Travelling(plan, opened, cast),
            _ => Resident(plan, opened, cast),
        })
        {
            yield return step;
        }
    }

    private static IEnumerable<DemoStep> Travelling(Plan plan, DateTimeOffset opened, DemoCast cast)
    {
        var key = plan.PatientKey;
        yield return Move(opened.AddDays(2), cast.Coordinator, key, JourneyStage.MedicalReview);
        yield return Team(opened.AddDays(2).AddHours(1), cast.Coordinator, key, CareTeamRole.TreatingPhysician, cast.ClinicianName, cast.ClinicianId);
        yield return Move(opened.AddDays(6), cast.Clinician, key, JourneyStage.Quotation, reason: "Records reviewed: candidate for the procedure");
        if (plan.Ending == Ending.Declined)
        {
            yield return Move(opened.AddDays(9), cast.Coordinator, key, JourneyStage.Declined, reason: "Patient chose treatment at home after the quotation");
            yield break;
        }

        yield return Move(opened.AddDays(11), cast.Coordinator, key, JourneyStage.Confirmed, reason: "Quotation accepted and deposit received");
        var arrival = opened.AddDays(30);
        yield return Milestone(opened.AddDays(11).AddHours(1), cast.Coordinator, key, MilestoneKind.ExpectedArrival, arrival);
        yield return Move(opened.AddDays(14), cast.Coordinator, key, JourneyStage.PreTravel);
        if (plan.Ending == Ending.Cancelled)
        {
            yield return Move(opened.AddDays(20), cast.Coordinator, key, JourneyStage.Cancelled, reason: "Travel not possible in time");
            yield break;
        }

        if (plan.Note?.Contains("arrival moved", StringComparison.Ordinal) == true)
        {
            arrival = arrival.AddDays(7);
            yield return Milestone(opened.AddDays(18), cast.Coordinator, key, MilestoneKind.ExpectedArrival, arrival);
        }

        foreach (var step in CareAndAfter(plan, arrival, cast))
        {
            yield return step;
        }
    }

    private static IEnumerable<DemoStep> Resident(Plan plan, DateTimeOffset opened, DemoCast cast)
    {
        var key = plan.PatientKey;
        yield return Team(opened.AddHours(3), cast.Coordinator, key, CareTeamRole.TreatingPhysician, cast.ClinicianName, cast.ClinicianId);
        yield return Move(opened.AddDays(3), cast.Clinician, key, JourneyStage.Quotation, reason: "Referral reviewed");
        yield return Move(opened.AddDays(6), cast.Coordinator, key, JourneyStage.Confirmed, reason: "Covered by the patient's plan");
        foreach (var step in CareAndAfter(plan, opened.AddDays(12), cast))
        {
            yield return step;
        }
    }

    private static IEnumerable<DemoStep> Unplanned(Plan plan, DateTimeOffset opened, DemoCast cast)
    {
        var key = plan.PatientKey;
        yield return Team(opened.AddHours(1), cast.CaseManager, key, CareTeamRole.TreatingPhysician, cast.ClinicianName, cast.ClinicianId);
        var stay = plan.Setting == CareSetting.Outpatient ? TimeSpan.FromHours(6) : TimeSpan.FromDays(4);
        foreach (var step in AfterCare(plan, opened.Add(stay), cast, closeAfterDays: 18))
        {
            yield return step;
        }
    }

    private static IEnumerable<DemoStep> CareAndAfter(Plan plan, DateTimeOffset admitted, DemoCast cast)
    {
        var key = plan.PatientKey;
        // Entering care dates the admission; the procedure is planned for the next day.
        yield return Move(admitted, cast.CaseManager, key, JourneyStage.InCare, plan.Setting);
        yield return Milestone(admitted.AddMinutes(6), cast.CaseManager, key, MilestoneKind.Procedure, admitted.AddDays(1));
        var stay = plan.Setting == CareSetting.Outpatient ? TimeSpan.FromHours(8) : TimeSpan.FromDays(6);
        foreach (var step in AfterCare(plan, admitted.Add(stay), cast, closeAfterDays: 60))
        {
            yield return step;
        }
    }

    private static IEnumerable<DemoStep> AfterCare(Plan plan, DateTimeOffset discharged, DemoCast cast, int closeAfterDays)
    {
        var key = plan.PatientKey;
        // Discharge dates the discharge milestone, which the follow-up tasks are planned from.
        yield return Move(discharged, cast.Clinician, key, JourneyStage.Discharged, reason: "Discharged in good condition");
        foreach (var step in DemoAftercare.AfterDischarge(key, plan.ServiceLine, discharged, plan.Ending == Ending.LostToFollowUp ? null : discharged.AddDays(closeAfterDays), cast))
        {
            yield return step;
        }

        yield return Move(discharged.AddDays(2), cast.CaseManager, key, JourneyStage.FollowUp);
        yield return Milestone(discharged.AddDays(2).AddMinutes(5), cast.CaseManager, key, MilestoneKind.Departure, discharged.AddDays(3));
        if (plan.Ending == Ending.LostToFollowUp)
        {
            yield return Move(discharged.AddDays(30), cast.CaseManager, key, JourneyStage.LostToFollowUp, reason: "No answer to three follow-up calls and two emails");
            yield break;
        }

        yield return Move(discharged.AddDays(closeAfterDays), cast.CaseManager, key, JourneyStage.Closed, reason: "Follow-up plan complete");
    }

    private static DemoStep Move(DateTimeOffset at, ClaimsPrincipal actor, string key, JourneyStage to, CareSetting? setting = null, string? reason = null) =>
        new(at, actor, async (mediator, state, ct) =>
        {
            var journey = state.Journey(key);
            state.KeepJourney(key, await mediator.Send(new MoveJourneyStage(journey.Id, journey.Version, to, setting, reason), ct));
            await DemoTasks.ScheduleDueAsync(mediator, state, key, state.Cast, ct);
        });

    private static DemoStep Milestone(DateTimeOffset at, ClaimsPrincipal actor, string key, MilestoneKind kind, DateTimeOffset when) =>
        new(at, actor, async (mediator, state, ct) =>
        {
            var journey = state.Journey(key);
            state.KeepJourney(key, await mediator.Send(new SetJourneyMilestone(journey.Id, journey.Version, kind, when), ct));
            await DemoTasks.ScheduleDueAsync(mediator, state, key, state.Cast, ct);
        });

    private static DemoStep Team(DateTimeOffset at, ClaimsPrincipal actor, string key, CareTeamRole role, string name, string? userId) =>
        new(at, actor, async (mediator, state, ct) =>
        {
            var journey = state.Journey(key);
            state.KeepJourney(key, await mediator.Send(new AssignCareTeamMember(journey.Id, journey.Version, role, name, userId), ct));
        });

    private static string InterpreterFor(string language) => language switch
    {
        "ar" => "Samira Khoury (Arabic)",
        "ru" => "Natalia Orlova (Russian)",
        "kk" => "Aliya Bekova (Kazakh and Russian)",
        "ja" => "Hiroshi Mori (Japanese)",
        "zh-CN" => "Chen Jie (Mandarin)",
        "de" => "Katrin Vogel (German)",
        "fr" => "Claire Martin (French)",
        _ => $"Language line interpreter ({language})",
    };
}

/// <summary>Pathway tasks done when they fall due: most on time, some late, one in eight left open.</summary>
internal static class DemoTasks
{
    public static async Task ScheduleDueAsync(MediatR.IMediator mediator, DemoState state, string key, DemoCast cast, CancellationToken cancellationToken)
    {
        var journey = state.Journey(key);
        var tasks = await mediator.Send(new GetJourneyTasks([journey.Id]), cancellationToken);
        foreach (var task in tasks.Where(t => t.DueAt is not null && t.Status is CareTaskStatus.Open && state.FirstTimeSeen(t.Id)))
        {
            var fate = (task.Title.Length + (task.StepNumber ?? 0) + key.Length) % 8;
            if (fate == 0)
            {
                continue;
            }

            var due = task.DueAt!.Value;
            var done = fate == 1 ? due.AddDays(3) : due.AddHours(-(fate * 5));
            if (done <= state.Current)
            {
                // Fell due before it was planned (a date set late): done soon after, so late.
                done = state.Current.AddHours(2 + fate);
            }

            var actor = task.OwnerRole switch
            {
                Roles.Clinician => cast.Clinician,
                Roles.CaseManager => cast.CaseManager,
                _ => cast.Coordinator,
            };
            var id = task.Id;
            state.Schedule(new DemoStep(done, actor, async (m, s, ct) =>
            {
                var current = (await m.Send(new GetJourneyTasks([s.Journey(key).Id]), ct)).Single(t => t.Id == id);
                if (current.Status is CareTaskStatus.Open or CareTaskStatus.InProgress)
                {
                    await m.Send(new CompleteTask(id, current.Version), ct);
                }
            }));
        }
    }
}
