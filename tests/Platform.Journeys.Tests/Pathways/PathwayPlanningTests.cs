using Platform.Journeys.Contracts;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Tests.Pathways;

public abstract class PathwayPlanningTests(string provider) : JourneysTestBase(provider)
{
    [Fact]
    public async Task EnsureDefaultCarePathways_PublishesTheFiveLinesOnce()
    {
        var again = await Send(PlatformPrincipal.System, new EnsureDefaultCarePathways());
        var pathways = await Send(Users.Coordinator, new ListCarePathways());

        again.ShouldBeEmpty();
        pathways.Select(p => (p.ServiceLine, p.VersionNumber)).ShouldBe([
            ("cardiac-surgery", 1), ("executive-checkup", 1), ("fertility", 1), ("oncology-second-opinion", 1), ("orthopedics", 1)]);
        var orthopedics = pathways.Single(p => p.ServiceLine == "orthopedics");
        orthopedics.Steps.Select(s => s.Number).ShouldBe(Enumerable.Range(1, orthopedics.Steps.Count));
        orthopedics.Steps.ShouldContain(s => s.Title == "Send invitation letter for the visa" && s.Milestone == MilestoneKind.ExpectedArrival && s.OffsetDays == -30 && s.OwnerRole == Roles.Coordinator);
        orthopedics.Steps.ShouldContain(s => s.Title == "Discharge summary translated and sent to home physician" && s.Milestone == MilestoneKind.Discharge && s.OffsetDays == 2);
        orthopedics.FollowUps.Select(f => (f.Kind, f.OffsetAmount, f.OffsetUnit)).ShouldBe([
            (FollowUpKind.Call, 2, FollowUpOffsetUnit.Weeks), (FollowUpKind.Questionnaire, 4, FollowUpOffsetUnit.Weeks),
            (FollowUpKind.TelehealthVisit, 6, FollowUpOffsetUnit.Weeks), (FollowUpKind.Test, 3, FollowUpOffsetUnit.Months)]);
        pathways.Single(p => p.ServiceLine == "cardiac-surgery").Monitoring.ShouldContain(m => m.Measure == MonitoredMeasure.BloodPressureSystolic && m.Low == 90 && m.High == 160 && m.Unit == "mmHg");
        orthopedics.RequiredDocuments.ShouldContain("Passport copy");
        orthopedics.Checklist.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task OpenJourney_OnAServiceLine_PlansEveryStepAsATask_DueWhereItsMilestoneIsKnown()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist(), "orthopedics");

        var tasks = await TasksAsync(journey.Id);

        (journey.ServiceLine, journey.PathwayVersionNumber).ShouldBe(("orthopedics", 1));
        tasks.Count.ShouldBe(9);
        tasks.Select(t => t.StepNumber).ShouldBe(Enumerable.Range(1, 9).Select(i => (int?)i));
        var records = tasks[0];
        records.DueAt.ShouldBe(journey.OpenedAt.AddDays(1));
        records.OwnerRole.ShouldBe(Roles.Coordinator);
        tasks.Single(t => t.Title == "Send invitation letter for the visa").DueAt.ShouldBeNull();
    }

    [Fact]
    public async Task SetJourneyMilestone_ThenMovingIt_ReplansEveryOpenDependentTask_AndTellsTheOwners()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist(), "orthopedics");
        var arrival = new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.Zero);
        var planned = await Send(Users.Coordinator, new SetJourneyMilestone(journey.Id, journey.Version, MilestoneKind.ExpectedArrival, arrival));
        var letter = (await TasksAsync(journey.Id)).Single(t => t.Title == "Send invitation letter for the visa");
        await Send(Users.Coordinator, new CompleteTask(letter.Id, letter.Version));

        var moved = await Send(Users.Coordinator, new SetJourneyMilestone(journey.Id, planned.Version, MilestoneKind.ExpectedArrival, arrival.AddDays(14)));

        moved.Milestones.Single(m => m.Kind == MilestoneKind.ExpectedArrival).At.ShouldBe(arrival.AddDays(14));
        var tasks = await TasksAsync(journey.Id);
        tasks.Single(t => t.Title == "Send invitation letter for the visa").DueAt.ShouldBe(arrival.AddDays(-30), "a done task keeps the date it was done against");
        tasks.Single(t => t.Title == "Book airport pickup and recovery-friendly lodging").DueAt.ShouldBe(arrival.AddDays(14 - 7));
        tasks.Single(t => t.Title == "Pre-admission tests and anesthesia assessment").DueAt.ShouldBeNull();
        var timeline = await TimelineAsync(journey.Id);
        timeline[^1].Kind.ShouldBe("tasks-replanned");
        timeline[^1].Summary.ShouldBe("Expected arrival moved from 2027-03-10 to 2027-03-24; 1 open task re-planned (Book airport pickup and recovery-friendly lodging: due 2027-03-17).");
        var told = (await OutboxAsync()).Where(m => m.Type == TypeName<TaskDueDatesMoved>()).ToList();
        told.Count.ShouldBe(2);
        told[^1].Payload.ShouldContain("\"ownerRole\":\"coordinator\"");
    }

    [Fact]
    public async Task PublishCarePathwayVersion_NewVersion_LeavesJourneysOnTheOldOneAlone()
    {
        var before = await OpenAsync(Registrations.MedicalTourist(), "executive-checkup");

        var published = await Send(Users.Administrator, new PublishCarePathwayVersion(
            "executive-checkup",
            "Executive check-up (with cardiology)",
            "Adds a stress ECG to the check-up day.",
            [
                new PathwayStepInput("Send pre-visit questionnaire", Roles.Coordinator, MilestoneKind.ExpectedArrival, -10),
                new PathwayStepInput("Stress ECG", Roles.Clinician, MilestoneKind.Procedure, 0, CareTaskPriority.High),
            ]));
        var after = await OpenAsync(Registrations.Pensioner(), "executive-checkup");

        published.VersionNumber.ShouldBe(2);
        before.PathwayVersionNumber.ShouldBe(1);
        (await Send(Users.Coordinator, new GetJourney(before.Id))).PathwayVersionNumber.ShouldBe(1);
        (await TasksAsync(before.Id)).Count.ShouldBe(5);
        after.PathwayVersionNumber.ShouldBe(2);
        (await TasksAsync(after.Id)).Select(t => t.Title).ShouldBe(["Send pre-visit questionnaire", "Stress ECG"]);
        (await Send(Users.Coordinator, new ListCarePathways("executive-checkup", AllVersions: true))).Select(p => p.VersionNumber).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task PublishCarePathwayVersion_BrokenSteps_NameEachFieldAndTheValue()
    {
        var invalid = await Should.ThrowAsync<ValidationException>(() => Send(Users.Administrator, new PublishCarePathwayVersion(
            "Cardiac Surgery", "Cardiac", "Heart", [new PathwayStepInput("Consent", "surgeon", MilestoneKind.Admission, -900)])));

        invalid.Errors.Select(e => e.Message).ShouldBe([
            "'serviceLine' must be a key of lower-case letters, digits and hyphens, such as cardiac-surgery; got 'Cardiac Surgery'.",
            "'steps[0].ownerRole' must be a role that owns work: one of coordinator, case_manager, clinician, finance, administrator; got 'surgeon'.",
            "'steps[0].offsetDays' must be between -365 and 730; got '-900'."]);
    }

    [Fact]
    public async Task OpenJourney_UnknownServiceLine_ListsTheKnownOnes()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());

        var invalid = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new OpenJourney(patient.Id, "Hip", "dentistry")));

        invalid.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "'serviceLine' must be a service line with a published pathway: one of cardiac-surgery, executive-checkup, fertility, oncology-second-opinion, orthopedics; got 'dentistry'.");
    }
}

public sealed class SqlitePathwayPlanningTests() : PathwayPlanningTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresPathwayPlanningTests() : PathwayPlanningTests("Postgres");
