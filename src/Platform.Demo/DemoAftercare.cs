using System.Security.Claims;
using Platform.Journeys.Contracts;
using Platform.Kernel.Security;

namespace Platform.Demo;

/// <summary>
/// What happens after a demo patient goes home: the follow-up plan's calls, telehealth visits and tests
/// done around their due dates with what came of them (a few skipped, with the reason); a journey with
/// no pathway gets the recovery call staff add by hand; before a journey closes, whatever the center
/// will not do itself (the three-month X-ray near home) is handed to the home physician by ending the
/// plan, so every closed journey obeys the closing rule. Heart patients send home blood-pressure
/// readings from a cuff; one patient still in follow-up today had a reading come in high, and its task
/// for the clinicians is open. The demo patient types in her own temperature.
/// </summary>
internal static class DemoAftercare
{
    /// <summary>The steps after a journey's discharge; <paramref name="closesAt"/> is when the journey closes (null when it is lost to follow-up).</summary>
    public static IEnumerable<DemoStep> AfterDischarge(string key, string? serviceLine, DateTimeOffset discharged, DateTimeOffset? closesAt, DemoCast cast)
    {
        var start = discharged.AddMinutes(1);
        if (serviceLine is null)
        {
            yield return new DemoStep(start, cast.CaseManager, async (mediator, state, ct) =>
                await mediator.Send(new AddFollowUpItem(state.Journey(key).Id, FollowUpKind.Call, "Call to check recovery at home", Roles.CaseManager, discharged.AddDays(7), "Ask about pain, wound or cast, and whether the travel insurer needs the discharge papers."), ct));
        }

        yield return new DemoStep(start.AddMinutes(1), cast.CaseManager, async (mediator, state, ct) =>
        {
            var plan = await mediator.Send(new GetFollowUpPlan(state.Journey(key).Id), ct);
            foreach (var item in plan.Items.Where(i => i.DueAt is not null))
            {
                state.Schedule(Done(key, item, cast));
            }
        });

        if (serviceLine == "cardiac-surgery")
        {
            foreach (var day in new[] { 3, 5, 7, 9, 12 })
            {
                yield return HomeBloodPressure(key, new DateTimeOffset(discharged.AddDays(day).UtcDateTime.Date.AddHours(19), TimeSpan.Zero), day, cast);
            }
        }

        if (closesAt is { } open)
        {
            yield return RaisedBloodPressure(key, discharged.AddDays(2).AddHours(3), open, cast);
        }

        if (key == "maria-santos")
        {
            yield return new DemoStep(discharged.AddDays(4).AddHours(10), cast.Patient, async (mediator, state, ct) =>
                await mediator.Send(new RecordReadings(state.Journey(key).Id, [new ReadingInput(MonitoredMeasure.Temperature, 37.1, "°C", state.Current.AddMinutes(-20))]), ct));
        }

        if (closesAt is { } close)
        {
            yield return new DemoStep(close.AddHours(-1), cast.CaseManager, async (mediator, state, ct) =>
            {
                var journeyId = state.Journey(key).Id;
                var plan = await mediator.Send(new GetFollowUpPlan(journeyId), ct);
                if (!plan.Complete)
                {
                    await mediator.Send(new EndFollowUpPlan(journeyId, FollowUpPlanEndReason.TransferredToHomePhysician, "Remaining follow-up handed to the home physician with the discharge summary."), ct);
                }
            });
        }
    }

    /// <summary>An item done two days before it falls due, or skipped with the reason patients give; left alone once the plan ended or the patient stopped answering.</summary>
    private static DemoStep Done(string key, FollowUpItemDto item, DemoCast cast) =>
        new(item.DueAt!.Value.AddDays(-2), Actor(item.OwnerRole, cast), async (mediator, state, ct) =>
        {
            var journey = state.Journey(key);
            var plan = await mediator.Send(new GetFollowUpPlan(journey.Id), ct);
            if (journey.Stage is JourneyStage.LostToFollowUp or JourneyStage.Closed || plan.EndedAt is not null || plan.Items.Single(i => i.Id == item.Id).Status != FollowUpItemStatus.Open)
            {
                return;
            }

            if ((key.Length + item.Number) % 5 == 0)
            {
                await mediator.Send(new SkipFollowUpItem(item.Id, "Patient asked to cover it at the next telehealth visit."), ct);
                return;
            }

            await mediator.Send(new CompleteFollowUpItem(item.Id, Outcome(item.Kind)), ct);
        });

    /// <summary>
    /// The first patient still in follow-up today whose blood pressure the clinician chose to watch at
    /// home (on new antihypertensives after the stay): thresholds set, then the cuff's second reading of
    /// the evening came in high, and the task it raised is still open.
    /// </summary>
    private static DemoStep RaisedBloodPressure(string key, DateTimeOffset at, DateTimeOffset closesAt, DemoCast cast) =>
        new(at, cast.Clinician, async (mediator, state, ct) =>
        {
            var journey = state.Journey(key);
            const string Alert = "Systolic blood pressure high: review the patient";
            if (closesAt <= state.Now || journey.Stage != JourneyStage.FollowUp
                || (await mediator.Send(new ListWorkQueueTasks(Roles.Clinician, IncludeAssigned: true, First: 100), ct)).Any(t => t.Title == Alert))
            {
                return;
            }

            await mediator.Send(new SetMonitoringThresholds(journey.Id, MonitoredMeasure.BloodPressureSystolic, 95, 150), ct);
            await mediator.Send(new SetMonitoringThresholds(journey.Id, MonitoredMeasure.BloodPressureDiastolic, 55, 95), ct);
            var device = "bp-cuff-" + key;
            await mediator.Send(new RecordReadings(journey.Id, [
                new ReadingInput(MonitoredMeasure.BloodPressureSystolic, 142, "mmHg", at.AddMinutes(-40), device),
                new ReadingInput(MonitoredMeasure.BloodPressureDiastolic, 88, "mmHg", at.AddMinutes(-40), device),
                new ReadingInput(MonitoredMeasure.BloodPressureSystolic, 171, "mmHg", at.AddMinutes(-10), device),
                new ReadingInput(MonitoredMeasure.BloodPressureDiastolic, 99, "mmHg", at.AddMinutes(-10), device),
            ]), ct);
        });

    /// <summary>Two cuff readings of an evening after heart surgery, relayed by the case manager's device inbox.</summary>
    private static DemoStep HomeBloodPressure(string key, DateTimeOffset at, int day, DemoCast cast) =>
        new(at, cast.CaseManager, async (mediator, state, ct) =>
        {
            var journey = state.Journey(key);
            if (journey.Stage is JourneyStage.LostToFollowUp or JourneyStage.Closed)
            {
                return;
            }

            var systolic = 118 + ((key.Length + day) % 9) * 2;
            var device = "bp-cuff-" + key;
            await mediator.Send(new RecordReadings(journey.Id, [
                new ReadingInput(MonitoredMeasure.BloodPressureSystolic, systolic, "mmHg", at.AddMinutes(-30), device),
                new ReadingInput(MonitoredMeasure.BloodPressureDiastolic, 74 + day % 5, "mmHg", at.AddMinutes(-30), device),
                new ReadingInput(MonitoredMeasure.HeartRate, 68 + (day % 4) * 3, "bpm", at.AddMinutes(-30), device),
                new ReadingInput(MonitoredMeasure.BloodPressureSystolic, systolic + 4, "mmHg", at.AddMinutes(-5), device),
                new ReadingInput(MonitoredMeasure.BloodPressureDiastolic, 76 + day % 5, "mmHg", at.AddMinutes(-5), device),
            ]), ct);
        });

    private static string Outcome(FollowUpKind kind) => kind switch
    {
        FollowUpKind.Call => "Spoke with the patient: recovering as expected, no warning signs.",
        FollowUpKind.TelehealthVisit => "Video review done: healing well, plan unchanged.",
        FollowUpKind.Test => "Result received and reviewed: within the expected range.",
        FollowUpKind.ClinicReview => "Reviewed with the home physician: no concerns.",
        _ => "Questionnaire returned: scores improving since discharge.",
    };

    private static ClaimsPrincipal Actor(string role, DemoCast cast) => role switch
    {
        Roles.Clinician => cast.Clinician,
        Roles.CaseManager => cast.CaseManager,
        _ => cast.Coordinator,
    };
}
