using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>
/// Every pair of stages, moved through GraphQL on the real host: the legal moves go through, the rest are
/// refused as typed user errors. The journeys are on the orthopedics pathway, so discharge starts a
/// follow-up plan: a legal move to closed is first refused by the closing rule (FOLLOW_UP_PLAN_INCOMPLETE),
/// then goes through once the plan is ended; from lost to follow-up, or on a walk that never reached
/// discharge (so no plan started), it closes as it is.
/// </summary>
public sealed class JourneyStageMoveTests(JourneyStageMoveTests.SharedHost shared) : IClassFixture<JourneyStageMoveTests.SharedHost>
{
    private static readonly string[] _stages =
        ["INQUIRY", "MEDICAL_REVIEW", "QUOTATION", "CONFIRMED", "PRE_TRAVEL", "IN_CARE", "DISCHARGED", "FOLLOW_UP", "CLOSED", "DECLINED", "CANCELLED", "LOST_TO_FOLLOW_UP"];

    // The table the center agreed on, written out independently of the code under test.
    private static readonly (string From, string To)[] _legal =
    [
        ("INQUIRY", "MEDICAL_REVIEW"), ("INQUIRY", "DECLINED"), ("INQUIRY", "CANCELLED"), ("INQUIRY", "LOST_TO_FOLLOW_UP"),
        ("MEDICAL_REVIEW", "QUOTATION"), ("MEDICAL_REVIEW", "DECLINED"), ("MEDICAL_REVIEW", "CANCELLED"), ("MEDICAL_REVIEW", "LOST_TO_FOLLOW_UP"),
        ("QUOTATION", "CONFIRMED"), ("QUOTATION", "MEDICAL_REVIEW"), ("QUOTATION", "DECLINED"), ("QUOTATION", "CANCELLED"), ("QUOTATION", "LOST_TO_FOLLOW_UP"),
        ("CONFIRMED", "PRE_TRAVEL"), ("CONFIRMED", "IN_CARE"), ("CONFIRMED", "CANCELLED"),
        ("PRE_TRAVEL", "IN_CARE"), ("PRE_TRAVEL", "CONFIRMED"), ("PRE_TRAVEL", "CANCELLED"),
        ("IN_CARE", "IN_CARE"), ("IN_CARE", "DISCHARGED"),
        ("DISCHARGED", "FOLLOW_UP"), ("DISCHARGED", "IN_CARE"), ("DISCHARGED", "CLOSED"),
        ("FOLLOW_UP", "CLOSED"), ("FOLLOW_UP", "IN_CARE"), ("FOLLOW_UP", "LOST_TO_FOLLOW_UP"),
        ("LOST_TO_FOLLOW_UP", "FOLLOW_UP"), ("LOST_TO_FOLLOW_UP", "CLOSED"),
    ];

    public static TheoryData<string, string> EveryPair()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in _stages)
        {
            foreach (var to in _stages)
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public async Task MoveJourneyStage_OverGraphQL_FollowsTheTable(string from, string to)
    {
        var journey = await shared.Client.OpenJourneyAsync(shared.Coordinator, shared.PatientId, "orthopedics");
        var (id, version) = (journey.GetProperty("id").GetString()!, journey.GetProperty("version").GetInt64());
        var path = PathTo(from);
        var planned = path.Contains("DISCHARGED");
        foreach (var step in path)
        {
            if (step == "CLOSED" && planned)
            {
                await EndPlanAsync(id);
            }

            (version, _) = await MoveAsync(id, version, step);
        }

        var (after, payload) = await MoveAsync(id, version, to, expectSuccess: null);

        var errors = payload.GetProperty("errors");
        if (_legal.Contains((from, to)) && to == "CLOSED" && planned && from != "LOST_TO_FOLLOW_UP")
        {
            payload.GetProperty("journey").ValueKind.ShouldBe(JsonValueKind.Null);
            var incomplete = errors.EnumerateArray().ShouldHaveSingleItem();
            (incomplete.GetProperty("__typename").GetString(), incomplete.GetProperty("code").GetString()).ShouldBe(("BusinessRuleError", "FOLLOW_UP_PLAN_INCOMPLETE"));
            incomplete.GetProperty("message").GetString()!.ShouldStartWith("The journey cannot close: its follow-up plan has 4 open items: 'Wound check call' (due ");
            await EndPlanAsync(id);
            (after, payload) = await MoveAsync(id, version, to, expectSuccess: null);
            errors = payload.GetProperty("errors");
        }

        if (_legal.Contains((from, to)))
        {
            errors.GetArrayLength().ShouldBe(0, payload.ToString());
            payload.GetProperty("journey").GetProperty("stage").GetString().ShouldBe(to);
            after.ShouldBe(version + 1);
            return;
        }

        payload.GetProperty("journey").ValueKind.ShouldBe(JsonValueKind.Null);
        var error = errors.EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("__typename").GetString().ShouldBe("BusinessRuleError");
        error.GetProperty("code").GetString().ShouldBe("ILLEGAL_STAGE_MOVE");
        var message = error.GetProperty("message").GetString()!;
        message.ShouldStartWith($"A journey in {Words(from)} cannot move to {Words(to)}. Moves allowed from {Words(from)}: ");
        foreach (var allowed in _legal.Where(m => m.From == from))
        {
            message.ShouldContain(Words(allowed.To));
        }
    }

    /// <summary>The shortest way from inquiry to a stage over the legal moves (breadth first).</summary>
    private static List<string> PathTo(string target)
    {
        var previous = new Dictionary<string, string?> { ["INQUIRY"] = null };
        var queue = new Queue<string>(["INQUIRY"]);
        while (queue.Count > 0)
        {
            var stage = queue.Dequeue();
            foreach (var (_, next) in _legal.Where(m => m.From == stage && !previous.ContainsKey(m.To)))
            {
                previous[next] = stage;
                queue.Enqueue(next);
            }
        }

        var path = new List<string>();
        for (var stage = target; stage != "INQUIRY"; stage = previous[stage]!)
        {
            path.Insert(0, stage);
        }

        return path;
    }

    private async Task EndPlanAsync(string journeyId)
    {
        var data = await shared.Client.DataAsync(shared.Coordinator, """
            mutation($input: EndFollowUpPlanInput!) { endFollowUpPlan(input: $input) { plan { complete } errors { message } } }
            """, new { input = new { journeyId, reason = "TRANSFERRED_TO_HOME_PHYSICIAN" } });
        data.GetProperty("endFollowUpPlan").GetProperty("errors").GetArrayLength().ShouldBe(0, data.ToString());
    }

    private async Task<(long Version, JsonElement Payload)> MoveAsync(string id, long version, string to, bool? expectSuccess = true)
    {
        var data = await shared.Client.DataAsync(shared.Coordinator, """
            mutation($input: MoveJourneyStageInput!) {
              moveJourneyStage(input: $input) { journey { version stage careSetting } errors { __typename message code } }
            }
            """, new { input = new { journeyId = id, expectedVersion = version, to, reason = "test walk" } });
        var payload = data.GetProperty("moveJourneyStage");
        if (expectSuccess == true)
        {
            payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        }

        return (payload.GetProperty("journey") is { ValueKind: JsonValueKind.Object } journey ? journey.GetProperty("version").GetInt64() : version, payload);
    }

    private static string Words(string stage) => stage switch
    {
        "PRE_TRAVEL" => "pre-travel",
        "FOLLOW_UP" => "follow-up",
        "LOST_TO_FOLLOW_UP" => "lost to follow-up",
        _ => stage.Replace('_', ' ').ToLowerInvariant(),
    };

    /// <summary>One host, coordinator and patient for the whole table.</summary>
    public sealed class SharedHost : IAsyncLifetime, IDisposable
    {
        private readonly HostFactory _host = new();

        public GraphQLClient Client => new(_host);

        public string Coordinator { get; private set; } = "";

        public Guid PatientId { get; private set; }

        public async Task InitializeAsync()
        {
            Coordinator = await Client.TokenAsync("coordinator");
            PatientId = await Client.RegisterPatientAsync(Coordinator, "MEDICAL_TOURIST", "Tablewalker");
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _host.Dispose();
    }
}
