using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;

namespace Platform.Journeys.Tests.Import;

public abstract class ImportJourneysTests(string provider) : JourneysTestBase(provider)
{
    [Fact]
    public async Task ImportJourneys_ValidRows_OpensEachJourneyWithItsPathwayTasks_DoneThroughTheGivenDate()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());
        var now = Clock.GetUtcNow();
        var opened = now.AddDays(-60);
        var arrival = now.AddDays(-10);
        var rows = new[]
        {
            new JourneyImport(patient.Id, PatientKind.MedicalTourist, "Knee replacement", "orthopedics", JourneyStage.InCare, opened,
                new Dictionary<MilestoneKind, DateTimeOffset> { [MilestoneKind.ExpectedArrival] = arrival, [MilestoneKind.Admission] = arrival.AddDays(1) },
                TasksDoneThrough: now.AddDays(-20), CoordinatorUserId: "coordinator", CoordinatorName: "Amira Haddad"),
            new JourneyImport(patient.Id, PatientKind.MedicalTourist, "Second opinion", "oncology-second-opinion", JourneyStage.Closed, opened.AddDays(-100)),
        };

        var result = await Send(Users.Administrator, new ImportJourneys(rows));

        result.JourneyIds.Count.ShouldBe(2);
        var knee = await Send(Users.Administrator, new GetJourney(result.JourneyIds[0]));
        (knee.Stage, knee.ServiceLine, knee.CoordinatorUserId, knee.OpenedAt, knee.ClosedAt).ShouldBe((JourneyStage.InCare, "orthopedics", "coordinator", opened, null));
        knee.Milestones.Single(m => m.Kind == MilestoneKind.ExpectedArrival).At.ShouldBe(arrival);
        var closed = await Send(Users.Administrator, new GetJourney(result.JourneyIds[1]));
        closed.ClosedAt.ShouldBe(opened.AddDays(-100));
        var tasks = await TasksAsync(knee.Id);
        (tasks.Count + (await TasksAsync(closed.Id)).Count).ShouldBe(result.TaskCount);
        tasks.Count.ShouldBeGreaterThan(3);
        tasks.Where(t => t.DueAt <= now.AddDays(-20)).ShouldAllBe(t => t.Status == CareTaskStatus.Done && t.CompletedAt == t.DueAt);
        tasks.Where(t => t.DueAt is null || t.DueAt > now.AddDays(-20)).ShouldAllBe(t => t.Status == CareTaskStatus.Open);
        tasks.ShouldContain(t => t.Status == CareTaskStatus.Done);
        tasks.ShouldContain(t => t.IsOverdue);
        (await TimelineAsync(knee.Id)).Select(e => e.Kind).ShouldBe(["journey-imported"]);
    }

    [Fact]
    public async Task ImportJourneys_OneBadRow_RefusesTheBatch_NamingRowAndField()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());
        var now = Clock.GetUtcNow();
        var rows = new[]
        {
            new JourneyImport(patient.Id, PatientKind.MedicalTourist, "Knee replacement", "orthopedics", JourneyStage.Inquiry, now.AddDays(-3)),
            new JourneyImport(patient.Id, PatientKind.MedicalTourist, "Heart valve", "podiatry", JourneyStage.Inquiry, now.AddDays(2)),
        };

        var refused = await Should.ThrowAsync<ValidationException>(() => Send(Users.Administrator, new ImportJourneys(rows)));

        refused.Errors.Select(e => e.Field).ShouldBe(["journeys[1].serviceLine", "journeys[1].openedAt"]);
        refused.Errors[0].Message.ShouldStartWith("'journeys[1].serviceLine' must be a service line with a published pathway: one of ");
        var written = await Platform.WithContext<JourneysDbContext, (int, int)>(async db => (await db.Journeys.CountAsync(), await db.Tasks.CountAsync()));
        written.ShouldBe((0, 0));
    }

    [Fact]
    public async Task ImportJourneys_ByACoordinator_IsRefused()
    {
        var row = new JourneyImport(Guid.NewGuid(), PatientKind.MedicalTourist, "Knee replacement", "orthopedics", JourneyStage.Inquiry, Clock.GetUtcNow().AddDays(-1));

        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Coordinator, new ImportJourneys([row])));
    }
}

public sealed class SqliteImportJourneysTests() : ImportJourneysTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresImportJourneysTests() : ImportJourneysTests("Postgres");
