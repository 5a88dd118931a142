using MediatR;
using Platform.Journeys.Contracts;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Security;

namespace Platform.Journeys.Tests.Timeline;

public abstract class TimelineTests(string provider) : JourneysTestBase(provider)
{
    [Fact]
    public async Task JourneyTimelineEvent_FromAnotherModule_LandsOnTheJourneysOfThePatientThatHaveNotEnded()
    {
        var open = await OpenAsync(Registrations.MedicalTourist());
        var ended = await Send(Users.Coordinator, new OpenJourney(open.PatientId, "Earlier inquiry"));
        await Send(Users.Coordinator, new MoveJourneyStage(ended.Id, ended.Version, JourneyStage.Cancelled, Reason: "Duplicate inquiry"));
        var received = new DateTimeOffset(2026, 11, 30, 14, 5, 0, TimeSpan.Zero);

        await PublishAsync(new JourneyTimelineEvent(null, open.PatientId, "document-received", "MRI of the left knee received from Dubai Medical Imaging", "records", received, "records"));
        await PublishAsync(new JourneyTimelineEvent(open.Id, null, "quote-sent", "Package quote Q-1042 sent (AED 58,400)", "priya", received.AddHours(1), "pricing"));

        var timeline = await TimelineAsync(open.Id);
        timeline.Select(e => (e.Kind, e.Source)).ShouldBe([("document-received", "records"), ("quote-sent", "pricing"), ("journey-opened", "journeys")]);
        (await TimelineAsync(ended.Id)).Select(e => e.Kind).ShouldBe(["journey-opened", "stage-changed"]);
    }

    [Fact]
    public async Task CareTeam_AndNotes_AreKeptAndFedToTheTimeline()
    {
        var journey = await OpenAsync(Registrations.IllTraveler());

        var one = await Send(Users.Coordinator, new AssignCareTeamMember(journey.Id, journey.Version, CareTeamRole.Coordinator, "Amira Haddad", "amira"));
        var two = await Send(Users.Coordinator, new AssignCareTeamMember(journey.Id, one.Version, CareTeamRole.TreatingPhysician, "Dr. Lena Fischer", "lena"));
        var three = await Send(Users.Coordinator, new AssignCareTeamMember(journey.Id, two.Version, CareTeamRole.Interpreter, "Hans Weber (Lingua Med agency)"));
        var four = await Send(Users.Administrator, new AssignCareTeamMember(journey.Id, three.Version, CareTeamRole.Coordinator, "Daniel Okafor", "daniel"));
        await Send(Users.Clinician, new AddJourneyNote(journey.Id, "Family informed by phone in German."));

        four.CareTeam.Select(m => (m.Role, m.Name)).ShouldBe([
            (CareTeamRole.Coordinator, "Daniel Okafor"), (CareTeamRole.TreatingPhysician, "Dr. Lena Fischer"), (CareTeamRole.Interpreter, "Hans Weber (Lingua Med agency)")]);
        four.CoordinatorUserId.ShouldBe("daniel");
        var page = await Send(Users.Coordinator, new SearchJourneys(new JourneyFilter(CoordinatorUserId: "daniel")));
        page.Edges.ShouldHaveSingleItem().Journey.Id.ShouldBe(journey.Id);
        (await TimelineAsync(journey.Id)).Select(e => e.Summary).ShouldBe([
            "Journey opened in in care.",
            "Amira Haddad joined the care team as coordinator.",
            "Dr. Lena Fischer joined the care team as treating physician.",
            "Hans Weber (Lingua Med agency) joined the care team as interpreter.",
            "Daniel Okafor replaced Amira Haddad as coordinator.",
            "Family informed by phone in German."]);
    }

    [Fact]
    public async Task SearchJourneys_FiltersByStageAndOverdue_AndPagesByCursor()
    {
        var tourists = new List<JourneyDto>();
        for (var i = 0; i < 3; i++)
        {
            tourists.Add(await OpenAsync(Registrations.Named("Okafor" + (char)('a' + i), "Ada")));
        }

        var traveler = await OpenAsync(Registrations.IllTraveler());
        await Send(Users.Coordinator, new CreateTask(tourists[1].Id, "Chase the records", Roles.Coordinator, Clock.GetUtcNow().AddHours(-1)));

        var first = await Send(Users.Coordinator, new SearchJourneys(new JourneyFilter(Stage: JourneyStage.Inquiry), First: 2));
        var second = await Send(Users.Coordinator, new SearchJourneys(new JourneyFilter(Stage: JourneyStage.Inquiry), First: 2, After: first.Edges[^1].Cursor));
        var overdue = await Send(Users.Coordinator, new SearchJourneys(new JourneyFilter(Overdue: true)));
        var count = await Send(Users.Coordinator, new CountJourneys(new JourneyFilter(Overdue: false)));

        first.HasNextPage.ShouldBeTrue();
        first.Edges.Concat(second.Edges).Select(e => e.Journey.Id).ShouldBe([tourists[1].Id, tourists[2].Id, tourists[0].Id]);
        second.HasNextPage.ShouldBeFalse();
        overdue.Edges.ShouldHaveSingleItem().Journey.Id.ShouldBe(tourists[1].Id);
        count.ShouldBe(3);
        traveler.Stage.ShouldBe(JourneyStage.InCare);
    }

    private async Task PublishAsync(INotification notification)
    {
        await using var scope = Platform.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(PlatformPrincipal.System, "system");
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }
}

public sealed class SqliteTimelineTests() : TimelineTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresTimelineTests() : TimelineTests("Postgres");
