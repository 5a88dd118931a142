using Platform.Journeys.Contracts;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Tests.FollowUpPlans;

public abstract class FollowUpPlanTests(string provider) : JourneysTestBase(provider)
{
    [Fact]
    public async Task Discharge_StartsThePathwaysPlan_EachItemATaskDueItsOffsetAfterDischarge()
    {
        var discharged = await DischargeAsync("orthopedics");
        var at = discharged.Milestones.Single(m => m.Kind == MilestoneKind.Discharge).At;

        var plan = await Send(Users.Coordinator, new GetFollowUpPlan(discharged.Id));
        var tasks = await TasksAsync(discharged.Id);

        (plan.Started, plan.DischargedAt, plan.Complete, plan.EndedAt).ShouldBe((true, at, false, null));
        plan.Items.Select(i => (i.Number, i.Kind, i.Offset, i.DueAt, i.Status)).ShouldBe([
            (1, FollowUpKind.Call, "2 weeks after discharge", at.AddDays(14), FollowUpItemStatus.Open),
            (2, FollowUpKind.Questionnaire, "4 weeks after discharge", at.AddDays(28), FollowUpItemStatus.Open),
            (3, FollowUpKind.TelehealthVisit, "6 weeks after discharge", at.AddDays(42), FollowUpItemStatus.Open),
            (4, FollowUpKind.Test, "3 months after discharge", at.AddMonths(3), FollowUpItemStatus.Open)]);
        foreach (var item in plan.Items)
        {
            var task = tasks.Single(t => t.Id == item.TaskId);
            (task.Title, task.OwnerRole, task.DueAt, task.Status).ShouldBe((item.Title, item.OwnerRole, item.DueAt, CareTaskStatus.Open));
        }

        plan.Items[2].OwnerRole.ShouldBe(Roles.Clinician);
        var monitoring = await Send(Users.Clinician, new GetJourneyMonitoring([discharged.Id]));
        monitoring.Select(m => (m.Measure, m.Thresholds.Low, m.Thresholds.High, m.Thresholds.Origin)).ShouldBe([
            (MonitoredMeasure.HeartRate, 50, 110, "pathway"), (MonitoredMeasure.Temperature, 35.5, 38.0, "pathway")]);
        (await TimelineAsync(discharged.Id)).ShouldContain(e => e.Kind == "follow-up-plan-started" && e.Summary.Contains("Wound check call (2 weeks after discharge)"));
    }

    [Fact]
    public async Task GetFollowUpPlan_BeforeDischarge_IsNotStarted_AndTakesNoItems()
    {
        var journey = await OpenAsync(Registrations.Expatriate(), "orthopedics");

        var plan = await Send(Users.Coordinator, new GetFollowUpPlan(journey.Id));
        var refused = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Coordinator, new AddFollowUpItem(journey.Id, FollowUpKind.Call, "Call", Roles.CaseManager, Clock.GetUtcNow().AddDays(3))));

        (plan.Started, plan.Complete, plan.Items.Count).ShouldBe((false, false, 0));
        refused.Code.ShouldBe("FOLLOW_UP_PLAN_NOT_STARTED");
    }

    [Fact]
    public async Task Close_IsRefusedNamingTheOpenItems_ThenAllowedOnceEachIsDoneOrSkipped()
    {
        var discharged = await DischargeAsync("orthopedics");
        var following = await Send(Users.CaseManager, new MoveJourneyStage(discharged.Id, discharged.Version, JourneyStage.FollowUp));
        var plan = await Send(Users.Coordinator, new GetFollowUpPlan(discharged.Id));

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.CaseManager, new MoveJourneyStage(discharged.Id, following.Version, JourneyStage.Closed)));

        refused.Code.ShouldBe("FOLLOW_UP_PLAN_INCOMPLETE");
        refused.Message.ShouldStartWith("The journey cannot close: its follow-up plan has 4 open items: 'Wound check call' (due ");
        refused.Message.ShouldContain("'X-ray of the operated joint, reviewed by the surgeon' (due ");
        (await Send(Users.Coordinator, new GetJourney(discharged.Id))).Stage.ShouldBe(JourneyStage.FollowUp);

        await Send(Users.CaseManager, new CompleteFollowUpItem(plan.Items[0].Id, "Wound dry and healing; no fever."));
        await Send(Users.CaseManager, new SkipFollowUpItem(plan.Items[1].Id, "Patient prefers to discuss at the telehealth visit"));
        var fromQueue = (await TasksAsync(discharged.Id)).Single(t => t.Id == plan.Items[2].TaskId);
        await Send(Users.Clinician, new CompleteTask(fromQueue.Id, fromQueue.Version, "Walking without crutches."));
        var stillOne = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.CaseManager, new MoveJourneyStage(discharged.Id, following.Version, JourneyStage.Closed)));
        var done = await Send(Users.Clinician, new CompleteFollowUpItem(plan.Items[3].Id, "X-ray: implant well seated."));
        var closed = await Send(Users.CaseManager, new MoveJourneyStage(discharged.Id, following.Version, JourneyStage.Closed));

        stillOne.Message.ShouldStartWith("The journey cannot close: its follow-up plan has 1 open item: 'X-ray of the operated joint");
        done.Complete.ShouldBeTrue();
        done.Items.Select(i => (i.Status, i.Outcome, i.SkipReason)).ShouldBe([
            (FollowUpItemStatus.Done, "Wound dry and healing; no fever.", null),
            (FollowUpItemStatus.Skipped, null, "Patient prefers to discuss at the telehealth visit"),
            (FollowUpItemStatus.Done, "Walking without crutches.", null),
            (FollowUpItemStatus.Done, "X-ray: implant well seated.", null)]);
        closed.Stage.ShouldBe(JourneyStage.Closed);
        var again = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.CaseManager, new CompleteFollowUpItem(plan.Items[0].Id, "Twice")));
        again.Code.ShouldBe("FOLLOW_UP_ITEM_CLOSED");
    }

    [Fact]
    public async Task EndFollowUpPlan_CancelsTheOpenItems_SaysWhy_AndLetsTheJourneyClose()
    {
        var discharged = await DischargeAsync("cardiac-surgery");
        var plan = await Send(Users.Coordinator, new GetFollowUpPlan(discharged.Id));
        await Send(Users.CaseManager, new CompleteFollowUpItem(plan.Items[0].Id, "Recovering well at home."));

        var ended = await Send(Users.Coordinator, new EndFollowUpPlan(discharged.Id, FollowUpPlanEndReason.TransferredToHomePhysician, "Dr. Okafor in Lagos takes over the echocardiogram and rehabilitation."));
        var twice = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Coordinator, new EndFollowUpPlan(discharged.Id, FollowUpPlanEndReason.PatientDeclined)));
        var noMore = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Coordinator, new AddFollowUpItem(discharged.Id, FollowUpKind.Call, "Extra call", Roles.CaseManager, Clock.GetUtcNow().AddDays(5))));
        var closed = await Send(Users.CaseManager, new MoveJourneyStage(discharged.Id, discharged.Version, JourneyStage.Closed));

        (ended.Complete, ended.EndReason, ended.EndedBy).ShouldBe((true, FollowUpPlanEndReason.TransferredToHomePhysician, "amira"));
        ended.Items.Select(i => i.Status).ShouldBe([FollowUpItemStatus.Done, FollowUpItemStatus.Skipped, FollowUpItemStatus.Skipped, FollowUpItemStatus.Skipped, FollowUpItemStatus.Skipped]);
        ended.Items[1].SkipReason.ShouldBe("Cancelled: follow-up plan ended (care transferred to the home physician: Dr. Okafor in Lagos takes over the echocardiogram and rehabilitation.)");
        (await TasksAsync(discharged.Id)).Where(t => plan.Items.Skip(1).Any(i => i.TaskId == t.Id)).ShouldAllBe(t => t.Status == CareTaskStatus.Cancelled);
        twice.Code.ShouldBe("FOLLOW_UP_PLAN_ENDED");
        noMore.Code.ShouldBe("FOLLOW_UP_PLAN_ENDED");
        closed.Stage.ShouldBe(JourneyStage.Closed);
        (await TimelineAsync(discharged.Id)).ShouldContain(e => e.Kind == "follow-up-plan-ended" && e.Summary.Contains("4 open follow-ups cancelled"));
    }

    [Fact]
    public async Task AJourneyWithoutPathway_GetsAnEmptyPlan_StaffAddAndRescheduleItems_AndExitsStayAllowed()
    {
        var journey = await OpenAsync(Registrations.IllTraveler());
        var discharged = await Send(Users.Clinician, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.Discharged));
        var empty = await Send(Users.Coordinator, new GetFollowUpPlan(journey.Id));
        var due = new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.Zero);

        var added = await Send(Users.Coordinator, new AddFollowUpItem(journey.Id, FollowUpKind.TelehealthVisit, "Telehealth check of the cast", Roles.Clinician, due, "Ask for a photo of the toes."));
        var moved = await Send(Users.Clinician, new RescheduleFollowUpItem(added.Items[0].Id, due.AddDays(3), "Patient travelling that day"));
        var following = await Send(Users.CaseManager, new MoveJourneyStage(journey.Id, discharged.Version, JourneyStage.FollowUp));
        var lost = await Send(Users.CaseManager, new MoveJourneyStage(journey.Id, following.Version, JourneyStage.LostToFollowUp, Reason: "No answer"));
        var closed = await Send(Users.CaseManager, new MoveJourneyStage(journey.Id, lost.Version, JourneyStage.Closed));

        (empty.Started, empty.Complete, empty.Items.Count).ShouldBe((true, true, 0));
        var item = moved.Items.ShouldHaveSingleItem();
        (item.Kind, item.Offset, item.DueAt, item.Instructions, item.Status).ShouldBe((FollowUpKind.TelehealthVisit, null, due.AddDays(3), "Ask for a photo of the toes.", FollowUpItemStatus.Open));
        (await TasksAsync(journey.Id)).Single(t => t.Id == item.TaskId).DueAt.ShouldBe(due.AddDays(3));
        closed.Stage.ShouldBe(JourneyStage.Closed, "a journey lost to follow-up closes without its plan");
        (await TimelineAsync(journey.Id)).ShouldContain(e => e.Kind == "follow-up-rescheduled" && e.Summary == "Follow-up 'Telehealth check of the cast' moved from 2026-12-20 to 2026-12-23: Patient travelling that day.");
    }

    [Fact]
    public async Task FollowUpRequests_BrokenFields_NameTheFieldAndTheValue()
    {
        var discharged = await DischargeAsync(null);

        var item = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new AddFollowUpItem(discharged.Id, (FollowUpKind)42, " ", "surgeon", new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero))));
        var end = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new EndFollowUpPlan(discharged.Id, FollowUpPlanEndReason.Other)));
        var pathway = await Should.ThrowAsync<ValidationException>(() => Send(Users.Administrator, new PublishCarePathwayVersion(
            "orthopedics",
            "Orthopedics",
            "Hips and knees",
            [new PathwayStepInput("Review", Roles.Clinician, MilestoneKind.InquiryReceived, 2)],
            FollowUps: [new PathwayFollowUpInput(FollowUpKind.Call, "Call", Roles.CaseManager, 0, FollowUpOffsetUnit.Weeks), new PathwayFollowUpInput(FollowUpKind.Test, "X-ray", Roles.Clinician, 30, FollowUpOffsetUnit.Months)],
            Monitoring: [new MeasureThresholdInput(MonitoredMeasure.Temperature, 39, 37), new MeasureThresholdInput(MonitoredMeasure.HeartRate, null, 900)])));

        item.Errors.Select(e => e.Field).ShouldBe(["kind", "title", "ownerRole", "dueAt"]);
        end.Errors.ShouldHaveSingleItem().Message.ShouldBe("'note' is required when the reason is Other: say why the plan ends; got nothing.");
        pathway.Errors.Select(e => e.Message).ShouldBe([
            "'followUps[0].offsetAmount' must be a positive offset after discharge, 1 to 104 weeks; got '0'.",
            "'followUps[1].offsetAmount' must be a positive offset after discharge, 1 to 24 months; got '30'.",
            "'monitoring[0].high' must be above low (39 °C); got '37'.",
            "'monitoring[1].high' must be a heart rate between 20 and 300 bpm; got '900'."]);
    }

    [Fact]
    public async Task ListPatientFollowUpPlans_ThePatient_ReadsOnlyTheirOwn()
    {
        var discharged = await DischargeAsync("orthopedics");
        var stranger = await OpenAsync(Registrations.IllTraveler());
        var patient = Users.PatientWithRecord(discharged.PatientId);

        var plans = await Send(patient, new ListPatientFollowUpPlans(discharged.PatientId));
        var own = await Send(patient, new GetFollowUpPlan(discharged.Id));

        plans.ShouldHaveSingleItem().Items.Count.ShouldBe(4);
        own.JourneyTitle.ShouldBe("Total knee replacement");
        await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new ListPatientFollowUpPlans(stranger.PatientId)));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new GetFollowUpPlan(stranger.Id)));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new CompleteFollowUpItem(own.Items[0].Id, "I feel fine")));
    }

    /// <summary>An expatriate's journey on the service line, walked from review through care to discharge five days after admission.</summary>
    protected async Task<JourneyDto> DischargeAsync(string? serviceLine)
    {
        var journey = await OpenAsync(Registrations.Expatriate(), serviceLine);
        var quoted = await Send(Users.Coordinator, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.Quotation));
        var confirmed = await Send(Users.Coordinator, new MoveJourneyStage(journey.Id, quoted.Version, JourneyStage.Confirmed));
        var admitted = await Send(Users.Coordinator, new MoveJourneyStage(journey.Id, confirmed.Version, JourneyStage.InCare, CareSetting.Admitted));
        Clock.Advance(TimeSpan.FromDays(5));
        return await Send(Users.Clinician, new MoveJourneyStage(journey.Id, admitted.Version, JourneyStage.Discharged));
    }
}

public sealed class SqliteFollowUpPlanTests() : FollowUpPlanTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresFollowUpPlanTests() : FollowUpPlanTests("Postgres");
