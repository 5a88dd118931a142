using Platform.Journeys.Contracts;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Tests.Tasks;

public abstract class TaskServiceLevelTests(string provider) : JourneysTestBase(provider)
{
    [Fact]
    public async Task Task_Lifecycle_AssignStartCommentComplete_IsKeptAndNoted()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist());
        var task = await Send(Users.Coordinator, new CreateTask(journey.Id, "Call the facilitator about flights", Roles.Coordinator, Clock.GetUtcNow().AddDays(2)));

        var assigned = await Send(Users.Coordinator, new AssignTask(task.Id, task.Version, "daniel", Roles.CaseManager));
        var started = await Send(Users.CaseManager, new StartTask(task.Id, assigned.Version));
        var commented = await Send(Users.CaseManager, new CommentOnTask(task.Id, "Facilitator asks for the quote first"));
        var done = await Send(Users.CaseManager, new CompleteTask(task.Id, commented.Version, "Flights booked"));

        (assigned.AssigneeUserId, assigned.OwnerRole).ShouldBe(("daniel", Roles.CaseManager));
        started.Status.ShouldBe(CareTaskStatus.InProgress);
        (done.Status, done.CompletedBy).ShouldBe((CareTaskStatus.Done, "daniel"));
        done.Comments.Select(c => c.Text).ShouldBe(["Facilitator asks for the quote first", "Flights booked"]);
        (await TimelineAsync(journey.Id)).Select(e => e.Kind).ShouldBe(["journey-opened", "task-created", "task-assigned", "task-started", "task-comment", "task-completed"]);
        (await OutboxAsync()).Count(m => m.Type == TypeName<CareTaskAssigned>()).ShouldBe(2);
        var refused = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.CaseManager, new StartTask(task.Id, done.Version)));
        refused.Message.ShouldBe("Task 'Call the facilitator about flights' is done; only an open task can be started.");
    }

    [Fact]
    public async Task OverdueFilter_FollowsTasks_AsTheyFallDueAreCompletedCancelledAndAdded()
    {
        var first = await OpenAsync(Registrations.Named("Haddad", "Layla"));
        var second = await OpenAsync(Registrations.Named("Novak", "Petra"));
        var now = Clock.GetUtcNow();
        var soon = await Send(Users.Coordinator, new CreateTask(first.Id, "Confirm the surgeon", Roles.Coordinator, now.AddDays(2)));
        var later = await Send(Users.Coordinator, new CreateTask(first.Id, "Book the hotel", Roles.Coordinator, now.AddDays(4)));
        await Send(Users.Coordinator, new CreateTask(second.Id, "Undated call", Roles.Coordinator));

        (await OverdueIdsAsync()).ShouldBeEmpty();

        Clock.Advance(TimeSpan.FromDays(3));
        (await OverdueIdsAsync()).ShouldBe([first.Id], "a task fell due with no write: the stored earliest due date is compared with now");

        await Send(Users.Coordinator, new CompleteTask(soon.Id, soon.Version));
        (await OverdueIdsAsync()).ShouldBeEmpty("the next open task is due tomorrow");
        (await Send(Users.Coordinator, new CountJourneys(new JourneyFilter(Overdue: false)))).ShouldBe(2);

        Clock.Advance(TimeSpan.FromDays(2));
        (await OverdueIdsAsync()).ShouldBe([first.Id]);
        await Send(Users.Coordinator, new CancelTask(later.Id, later.Version, "Patient books their own hotel"));
        await Send(Users.Coordinator, new CreateTask(second.Id, "Chase the records", Roles.Coordinator, Clock.GetUtcNow().AddMinutes(-5)));
        (await OverdueIdsAsync()).ShouldBe([second.Id]);
    }

    private async Task<List<Guid>> OverdueIdsAsync() =>
        [.. (await Send(Users.Coordinator, new SearchJourneys(new JourneyFilter(Overdue: true)))).Edges.Select(e => e.Journey.Id)];

    [Fact]
    public async Task WorkQueue_PerPersonAndPerRole_PutsOverdueFirst()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist());
        var now = Clock.GetUtcNow();
        await Send(Users.Coordinator, new CreateTask(journey.Id, "Later", Roles.Coordinator, now.AddDays(5)));
        await Send(Users.Coordinator, new CreateTask(journey.Id, "Undated", Roles.Coordinator));
        await Send(Users.Coordinator, new CreateTask(journey.Id, "Overdue", Roles.Coordinator, now.AddHours(-3)));
        await Send(Users.Coordinator, new CreateTask(journey.Id, "Mine, soon", Roles.Coordinator, now.AddDays(1), AssigneeUserId: "amira"));
        await Send(Users.Coordinator, new CreateTask(journey.Id, "Mine, overdue", Roles.CaseManager, now.AddDays(-1), AssigneeUserId: "amira"));

        var role = await Send(Users.Coordinator, new ListWorkQueueTasks(Roles.Coordinator));
        var mine = await Send(Users.Coordinator, new ListWorkQueueTasks());

        role.Select(t => (t.Title, t.IsOverdue)).ShouldBe([("Overdue", true), ("Later", false), ("Undated", false)]);
        mine.Select(t => t.Title).ShouldBe(["Mine, overdue", "Mine, soon"]);
    }

    [Fact]
    public async Task RunTaskEscalation_OverdueTasks_EscalateOncePerDay_AndTellTheCoordinator()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist());
        journey = await Send(Users.Coordinator, new AssignCareTeamMember(journey.Id, journey.Version, CareTeamRole.Coordinator, "Amira Haddad", "amira"));
        var due = Clock.GetUtcNow().AddHours(4);
        var task = await Send(Users.Coordinator, new CreateTask(journey.Id, "Send the quote", Roles.Finance, due));

        var early = await Send(PlatformPrincipal.System, new RunTaskEscalation());
        Clock.Advance(TimeSpan.FromHours(5));
        var first = await Send(PlatformPrincipal.System, new RunTaskEscalation());
        var sameDay = await Send(PlatformPrincipal.System, new RunTaskEscalation());
        Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await Send(Users.Administrator, new RunTaskEscalation());

        early.EscalatedTaskIds.ShouldBeEmpty();
        first.EscalatedTaskIds.ShouldBe([task.Id]);
        sameDay.EscalatedTaskIds.ShouldBeEmpty();
        nextDay.EscalatedTaskIds.ShouldBe([task.Id]);
        var escalated = (await TasksAsync(journey.Id)).Single(t => t.Id == task.Id);
        (escalated.EscalationLevel, escalated.Priority, escalated.IsOverdue).ShouldBe((2, CareTaskPriority.Urgent, true));
        var told = (await OutboxAsync()).Where(m => m.Type == TypeName<CareTaskEscalated>()).ToList();
        told.Count.ShouldBe(2);
        told[0].Payload.ShouldContain("\"coordinatorUserId\":\"amira\"");
        (await TimelineAsync(journey.Id))[^1].Summary.ShouldStartWith("Task 'Send the quote' (held by the finance role) is overdue since");
    }

    [Fact]
    public async Task RunTaskEscalation_ByACoordinator_IsRefused() =>
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Coordinator, new RunTaskEscalation()));

    [Fact]
    public async Task ServiceLevelReport_CountsOnTimeLateAndOverdue_ByRoleAndByPathwayStep()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist(), "oncology-second-opinion");
        var tasks = await TasksAsync(journey.Id);
        var slides = tasks.Single(t => t.StepNumber == 1);
        await Send(Users.Coordinator, new CompleteTask(slides.Id, slides.Version));
        Clock.Advance(TimeSpan.FromDays(5));
        var translation = tasks.Single(t => t.StepNumber == 2);
        await Send(Users.CaseManager, new CompleteTask(translation.Id, translation.Version));

        var report = await Send(Users.Administrator, new GetServiceLevelReport());

        report.Total.ShouldBe(new ServiceLevelLine("all", 1, 1, 0, 5, 0.5));
        report.ByRole.Select(r => (r.Key, r.OnTime, r.Late)).ShouldBe([(Roles.CaseManager, 0, 1), (Roles.Clinician, 0, 0), (Roles.Coordinator, 1, 0), (Roles.Finance, 0, 0)]);
        report.ByPathwayStep[0].ShouldBe(new ServiceLevelLine("oncology-second-opinion #1 Request pathology slides or blocks, imaging and treatment history", 1, 0, 0, 0, 1.0));
        report.ByPathwayStep[1].Late.ShouldBe(1);
    }
}

public sealed class SqliteTaskServiceLevelTests() : TaskServiceLevelTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresTaskServiceLevelTests() : TaskServiceLevelTests("Postgres");
