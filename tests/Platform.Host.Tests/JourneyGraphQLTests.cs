using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Identity.Contracts;
using Platform.Kernel.Security;

namespace Platform.Host.Tests;

/// <summary>Journeys end to end over GraphQL on the real host: pathways and re-planning, escalation, access by role, batching.</summary>
public sealed class JourneyGraphQLTests : IDisposable
{
    private static readonly Guid _demoPartnerOrganization = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private readonly MovableClock _clock = new();
    private readonly HostFactory _host;
    private readonly GraphQLClient _api;

    public JourneyGraphQLTests()
    {
        _host = new HostFactory { Clock = _clock };
        _host.Settings["Journeys:EscalationInterval"] = "00:00:00";
        _host.Settings["GraphQL:MaxCost"] = "100000";
        _api = new GraphQLClient(_host);
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task MovingAMilestone_ReplansTheOpenPathwayTasks_AndTheTimelineSaysSo()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var patient = await _api.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Haddad");
        var journey = await _api.OpenJourneyAsync(coordinator, patient, "orthopedics");
        var id = journey.GetProperty("id").GetString();

        var set = await SetArrivalAsync(coordinator, id!, journey.GetProperty("version").GetInt64(), "2027-04-01T09:00:00Z");
        var moved = await SetArrivalAsync(coordinator, id!, set.GetProperty("version").GetInt64(), "2027-04-11T09:00:00Z");

        var data = await _api.DataAsync(coordinator, """
            query($id: UUID!) { journey(id: $id) { milestones { kind at } tasks { stepNumber title dueAt ownerRole } timeline { kind summary } } }
            """, new { id });
        var tasks = data.GetProperty("journey").GetProperty("tasks").EnumerateArray().ToList();
        tasks.Count.ShouldBe(9);
        Task(tasks, "Send invitation letter for the visa").GetProperty("dueAt").GetString().ShouldBe("2027-03-12T09:00:00Z");
        Task(tasks, "Book airport pickup and recovery-friendly lodging").GetProperty("dueAt").GetString().ShouldBe("2027-04-04T09:00:00Z");
        var timeline = data.GetProperty("journey").GetProperty("timeline").EnumerateArray().ToList();
        timeline[^1].GetProperty("kind").GetString().ShouldBe("tasks-replanned");
        timeline[^1].GetProperty("summary").GetString()!.ShouldStartWith("Expected arrival moved from 2027-04-01 to 2027-04-11; 2 open tasks re-planned");
        moved.GetProperty("milestones").EnumerateArray().ShouldContain(m => m.GetProperty("kind").GetString() == "EXPECTED_ARRIVAL");
    }

    [Fact]
    public async Task AnOverdueTask_IsEscalatedByThePass_OnThePlatformClock()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var administrator = await _api.TokenAsync("administrator");
        var patient = await _api.RegisterPatientAsync(coordinator, "ILL_OR_INJURED_TRAVELER", "Schmidt");
        var journey = await _api.OpenJourneyAsync(coordinator, patient);
        var created = await _api.DataAsync(coordinator, """
            mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id priority } errors { message } } }
            """, new { input = new { journeyId = journey.GetProperty("id").GetString(), title = "Call the travel insurer for a guarantee of payment", ownerRole = "finance", dueAt = _clock.GetUtcNow().AddHours(2) } });
        var taskId = created.GetProperty("createTask").GetProperty("task").GetProperty("id").GetString();

        var early = await RunEscalationAsync(administrator);
        _clock.Advance(TimeSpan.FromHours(3));
        var late = await RunEscalationAsync(administrator);
        var denied = await _api.PostAsync(coordinator, "mutation { runTaskEscalation { result { escalatedTaskIds } } }");
        var queue = await _api.DataAsync(coordinator, """{ workQueue(role: "finance") { id isOverdue escalationLevel priority } }""");

        early.GetProperty("escalatedTaskIds").GetArrayLength().ShouldBe(0);
        late.GetProperty("escalatedTaskIds").EnumerateArray().Select(e => e.GetString()).ShouldBe([taskId]);
        Code(denied).ShouldBe("FORBIDDEN");
        var item = queue.GetProperty("workQueue").EnumerateArray().ShouldHaveSingleItem();
        (item.GetProperty("isOverdue").GetBoolean(), item.GetProperty("escalationLevel").GetInt32(), item.GetProperty("priority").GetString()).ShouldBe((true, 1, "HIGH"));
        var report = await _api.DataAsync(coordinator, "{ serviceLevelReport { total { openOverdue openNotYetDue } byRole { key openOverdue } } }");
        report.GetProperty("serviceLevelReport").GetProperty("total").GetProperty("openOverdue").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task APatient_SeesOnlyTheirOwnJourneys_AndNoTasks()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var own = await _api.RegisterPatientAsync(coordinator, "PENSIONER_OR_LONG_STAY_VISITOR", "Lindqvist");
        var other = await _api.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Okafor");
        var mine = (await _api.OpenJourneyAsync(coordinator, own)).GetProperty("id").GetString();
        var theirs = (await _api.OpenJourneyAsync(coordinator, other)).GetProperty("id").GetString();
        var patient = _api.PatientToken(own);

        var read = await _api.DataAsync(patient, "query($id: UUID!) { journey(id: $id) { id stage } }", new { id = mine });
        var viaPatient = (await _api.DataAsync(patient, "{ patients(first: 5) { nodes { journeys { id } } } }")).GetProperty("patients").GetProperty("nodes").EnumerateArray().ShouldHaveSingleItem();
        var stranger = await _api.PostAsync(patient, "query($id: UUID!) { journey(id: $id) { id } }", new { id = theirs });
        var list = await _api.DataAsync(patient, "{ journeys { totalCount nodes { id } } }");
        var tasks = await _api.PostAsync(patient, "query($id: UUID!) { journey(id: $id) { tasks { id } } }", new { id = mine });

        read.GetProperty("journey").GetProperty("stage").GetString().ShouldBe("MEDICAL_REVIEW");
        viaPatient.GetProperty("journeys").EnumerateArray().Select(j => j.GetProperty("id").GetString()).ShouldBe([mine]);
        Code(stranger).ShouldBe("FORBIDDEN");
        list.GetProperty("journeys").GetProperty("nodes").EnumerateArray().Select(j => j.GetProperty("id").GetString()).ShouldBe([mine], "the list is scoped to the patient's own journeys");
        list.GetProperty("journeys").GetProperty("totalCount").GetInt32().ShouldBe(1);
        Code(tasks).ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task APartnerAgent_SeesOnlyJourneysOfPatientsTheirOrganizationWasGranted()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var agent = await _api.TokenAsync("partner_agent");
        var granted = await _api.RegisterPatientAsync(coordinator, "ILL_OR_INJURED_TRAVELER", "Granted");
        var notGranted = await _api.RegisterPatientAsync(coordinator, "ILL_OR_INJURED_TRAVELER", "Private");
        var grantedJourney = (await _api.OpenJourneyAsync(coordinator, granted)).GetProperty("id").GetString();
        var privateJourney = (await _api.OpenJourneyAsync(coordinator, notGranted)).GetProperty("id").GetString();
        await _api.SendAsync(PlatformPrincipal.Create("amira", "Amira Haddad", [Roles.Coordinator]), new GrantPartnerAccess(granted, _demoPartnerOrganization, "Guarantee of payment", null));

        var read = await _api.DataAsync(agent, "query($id: UUID!) { journey(id: $id) { stage careSetting } }", new { id = grantedJourney });
        var refused = await _api.PostAsync(agent, "query($id: UUID!) { journey(id: $id) { stage } }", new { id = privateJourney });
        var list = await _api.DataAsync(agent, "{ journeys(first: 100) { totalCount nodes { id } } }");

        (read.GetProperty("journey").GetProperty("stage").GetString(), read.GetProperty("journey").GetProperty("careSetting").GetString()).ShouldBe(("IN_CARE", "ADMITTED"));
        Code(refused).ShouldBe("FORBIDDEN");
        var listed = list.GetProperty("journeys").GetProperty("nodes").EnumerateArray().Select(j => j.GetProperty("id").GetString()).ToList();
        listed.ShouldContain(grantedJourney);
        listed.ShouldNotContain(privateJourney);
        list.GetProperty("journeys").GetProperty("totalCount").GetInt32().ShouldBe(listed.Count);
    }

    [Fact]
    public async Task Finance_MayReadJourneys_ButNotMoveThemOrWorkTheirTasks()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var finance = await _api.TokenAsync("finance");
        var journey = await _api.OpenJourneyAsync(coordinator, await _api.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Rossi"), "cardiac-surgery");
        var id = journey.GetProperty("id").GetString();

        var page = await _api.DataAsync(finance, "{ journeys(filter: { serviceLine: \"cardiac-surgery\" }) { totalCount nodes { id serviceLine } } }");
        var move = await _api.PostAsync(finance, "mutation($input: MoveJourneyStageInput!) { moveJourneyStage(input: $input) { journey { stage } } }",
            new { input = new { journeyId = id, expectedVersion = journey.GetProperty("version").GetInt64(), to = "MEDICAL_REVIEW" } });
        var tasks = await _api.PostAsync(finance, "query($id: UUID!) { journey(id: $id) { tasks { id } } }", new { id });

        page.GetProperty("journeys").GetProperty("totalCount").GetInt32().ShouldBe(1);
        Code(move).ShouldBe("FORBIDDEN");
        move.GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe("User 'finance' (roles: finance) may not use MoveJourneyStage: it needs one of the roles coordinator, case_manager, clinician.");
        Code(tasks).ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task Journeys_FilterByStageAndCoordinator_AndCarryTheirCareTeam()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var tourist = await _api.OpenJourneyAsync(coordinator, await _api.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Tanaka"));
        await _api.OpenJourneyAsync(coordinator, await _api.RegisterPatientAsync(coordinator, "EXPATRIATE_OR_FOREIGN_WORKER", "Reyes"));
        var assigned = await _api.DataAsync(coordinator, """
            mutation($input: AssignCareTeamMemberInput!) { assignCareTeamMember(input: $input) { journey { version careTeam { role name userId } } errors { message } } }
            """, new { input = new { journeyId = tourist.GetProperty("id").GetString(), expectedVersion = tourist.GetProperty("version").GetInt64(), role = "COORDINATOR", name = "Amira Haddad", userId = "coordinator" } });

        var inquiries = await _api.DataAsync(coordinator, "{ journeys(filter: { stage: INQUIRY }) { totalCount nodes { id } pageInfo { hasNextPage } } }");
        var mine = await _api.DataAsync(coordinator, "{ journeys(filter: { coordinatorUserId: \"coordinator\" }, orderBy: OPENED_OLDEST_FIRST, first: 5) { edges { cursor node { id careTeam { name } timeline { kind } } } } }");
        var refused = await _api.DataAsync(coordinator, """
            mutation($input: MoveJourneyStageInput!) { moveJourneyStage(input: $input) { journey { stage } errors { __typename ... on BusinessRuleError { code } message } } }
            """, new { input = new { journeyId = tourist.GetProperty("id").GetString(), expectedVersion = 1, to = "CLOSED" } });

        assigned.GetProperty("assignCareTeamMember").GetProperty("journey").GetProperty("careTeam")[0].GetProperty("role").GetString().ShouldBe("COORDINATOR");
        inquiries.GetProperty("journeys").GetProperty("totalCount").GetInt32().ShouldBe(1);
        var edge = mine.GetProperty("journeys").GetProperty("edges").EnumerateArray().ShouldHaveSingleItem();
        edge.GetProperty("node").GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ShouldBe(["journey-opened", "care-team"]);
        refused.GetProperty("moveJourneyStage").GetProperty("errors")[0].GetProperty("__typename").GetString().ShouldBe("ConcurrencyError");
    }

    [Fact]
    public async Task PatientJourneys_AreBatched_TwentyPatientsCostAsManyQueriesAsTwo()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var patients = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var patient = await _api.RegisterPatientAsync(coordinator, "MEDICAL_TOURIST", "Batch" + (char)('a' + i));
            await _api.OpenJourneyAsync(coordinator, patient, i % 2 == 0 ? "fertility" : null);
            patients.Add(patient);
        }

        var (two, twoCommands) = await CountJourneyCommandsAsync(coordinator, 2);
        var (twenty, twentyCommands) = await CountJourneyCommandsAsync(coordinator, 20);

        two.GetArrayLength().ShouldBe(2);
        twenty.EnumerateArray().Select(p => Guid.Parse(p.GetProperty("registryId").GetString()!)).Order().ShouldBe(patients.Order());
        twenty.EnumerateArray().Sum(p => p.GetProperty("journeys").GetArrayLength()).ShouldBe(20);
        twenty.EnumerateArray().Sum(p => p.GetProperty("journeys")[0].GetProperty("tasks").GetArrayLength()).ShouldBe(10 * 8);
        twoCommands.ShouldBeGreaterThanOrEqualTo(3, "journeys, their tasks and their timelines are read");
        twentyCommands.ShouldBe(twoCommands);
        twentyCommands.ShouldBeLessThanOrEqualTo(8);
    }

    /// <summary>A page of the "Batch" patients with their journeys, tasks and timelines, and how many SQL commands it cost.</summary>
    private async Task<(JsonElement Patients, int Commands)> CountJourneyCommandsAsync(string token, int first)
    {
        const string query = """
            query($first: Int!) { patients(first: $first, filter: { name: "batch" }) {
              nodes { registryId journeys { id stage tasks { id } timeline { kind } } } } }
            """;
        using var commands = new JourneyCommandCounter(_host.DatabasePath);
        var data = await _api.DataAsync(token, query, new { first });
        return (data.GetProperty("patients").GetProperty("nodes"), commands.Count);
    }

    private async Task<JsonElement> SetArrivalAsync(string token, string journeyId, long version, string at)
    {
        var data = await _api.DataAsync(token, """
            mutation($input: SetJourneyMilestoneInput!) { setJourneyMilestone(input: $input) { journey { version milestones { kind at } } errors { message } } }
            """, new { input = new { journeyId, expectedVersion = version, kind = "EXPECTED_ARRIVAL", at } });
        return data.GetProperty("setJourneyMilestone").GetProperty("journey");
    }

    private async Task<JsonElement> RunEscalationAsync(string token) =>
        (await _api.DataAsync(token, "mutation { runTaskEscalation { result { escalatedTaskIds } errors { message } } }")).GetProperty("runTaskEscalation").GetProperty("result");

    private static JsonElement Task(List<JsonElement> tasks, string title) => tasks.Single(t => t.GetProperty("title").GetString() == title);

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    /// <summary>
    /// Counts the SQL commands EF Core sends to this host's database for the Journeys module's tables
    /// (named journeys_* on SQLite), outbox polling aside, by listening to EF Core's diagnostic events.
    /// </summary>
    private sealed class JourneyCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly IDisposable _subscription;
        private readonly List<IDisposable> _listeners = [];
        private int _count;

        public JourneyCommandCounter(string database)
        {
            _database = database;
            _subscription = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name
                && value.Value is CommandExecutedEventData executed
                && executed.Command.Connection?.DataSource == _database
                && executed.Command.CommandText.Contains("\"journeys_", StringComparison.Ordinal)
                && !executed.Command.CommandText.Contains("journeys_outbox", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _subscription.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
