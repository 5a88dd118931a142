using System.Globalization;
using System.Text.Json;
using Npgsql;

namespace Platform.Host.Tests;

/// <summary>
/// Continuity of care over GraphQL on the real host: the follow-up plan started at discharge, the closing
/// rule, ending a plan, remote monitoring that raises a task for the clinicians, validation, and a patient's
/// access to their own. Run on the embedded SQLite default and on PostgreSQL.
/// </summary>
public abstract class AftercareGraphQLTests : IAsyncLifetime, IDisposable
{
    private const string PlanFields = "started dischargedAt complete endedAt endReason items { id number kind title ownerRole offset dueAt status taskId outcome skipReason }";

    private readonly HostFactory _host = new();
    private readonly GraphQLClient _api;

    protected AftercareGraphQLTests() => _api = new GraphQLClient(_host);

    protected HostFactory Host => _host;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Discharge_StartsThePlanDueFromTheDischargeDate_ClosingIsRefusedUntilEachItemIsDoneSkippedOrThePlanEnded()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var (id, version) = await DischargedAsync(coordinator, "orthopedics", "Haddad");

        var journey = (await _api.DataAsync(coordinator, $$"""
            query($id: UUID!) { journey(id: $id) { version milestones { kind at } followUpPlan { {{PlanFields}} } monitoring { measures { measure unit thresholds { low high origin } lastReading { value } } } } }
            """, new { id })).GetProperty("journey");
        var discharged = At(journey.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "DISCHARGE").GetProperty("at"));
        var plan = journey.GetProperty("followUpPlan");
        var items = plan.GetProperty("items").EnumerateArray().ToList();
        (plan.GetProperty("started").GetBoolean(), At(plan.GetProperty("dischargedAt")), plan.GetProperty("complete").GetBoolean()).ShouldBe((true, discharged, false));
        items.Select(i => (i.GetProperty("kind").GetString(), i.GetProperty("offset").GetString(), At(i.GetProperty("dueAt")), i.GetProperty("status").GetString())).ShouldBe([
            ("CALL", "2 weeks after discharge", discharged.AddDays(14), "OPEN"),
            ("QUESTIONNAIRE", "4 weeks after discharge", discharged.AddDays(28), "OPEN"),
            ("TELEHEALTH_VISIT", "6 weeks after discharge", discharged.AddDays(42), "OPEN"),
            ("TEST", "3 months after discharge", discharged.AddMonths(3), "OPEN")]);
        journey.GetProperty("monitoring").GetProperty("measures").EnumerateArray().Select(m => (m.GetProperty("measure").GetString(), m.GetProperty("unit").GetString())).ShouldBe([("HEART_RATE", "bpm"), ("TEMPERATURE", "°C")]);
        var queue = await _api.DataAsync(coordinator, """{ workQueue(role: "case_manager") { id title dueAt } }""");
        queue.GetProperty("workQueue").EnumerateArray().ShouldContain(t => t.GetProperty("id").GetString() == items[0].GetProperty("taskId").GetString());

        version = await MoveAsync(coordinator, id, version, "FOLLOW_UP");
        var refused = await MovePayloadAsync(coordinator, id, version, "CLOSED");
        var error = refused.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()).ShouldBe(("BusinessRuleError", "FOLLOW_UP_PLAN_INCOMPLETE"));
        error.GetProperty("message").GetString()!.ShouldContain($"'Wound check call' (due {discharged.AddDays(14):yyyy-MM-dd})");

        await PlanChangeAsync(coordinator, "completeFollowUpItem", new { itemId = Id(items[0]), outcome = "Wound healing, no fever." });
        await PlanChangeAsync(coordinator, "skipFollowUpItem", new { itemId = Id(items[1]), reason = "Questionnaire answered at the telehealth visit" });
        var stillOpen = await MovePayloadAsync(coordinator, id, version, "CLOSED");
        var ended = await PlanChangeAsync(coordinator, "endFollowUpPlan", new { journeyId = id, reason = "TRANSFERRED_TO_HOME_PHYSICIAN", note = "X-ray and review with Dr. Haddad at home" });
        var closed = await MovePayloadAsync(coordinator, id, version, "CLOSED");

        stillOpen.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldStartWith("The journey cannot close: its follow-up plan has 2 open items: 'Telehealth review with the surgeon'");
        (ended.GetProperty("complete").GetBoolean(), ended.GetProperty("endReason").GetString()).ShouldBe((true, "TRANSFERRED_TO_HOME_PHYSICIAN"));
        ended.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ShouldBe(["DONE", "SKIPPED", "SKIPPED", "SKIPPED"]);
        ended.GetProperty("items")[0].GetProperty("outcome").GetString().ShouldBe("Wound healing, no fever.");
        closed.GetProperty("errors").GetArrayLength().ShouldBe(0, closed.ToString());
        closed.GetProperty("journey").GetProperty("stage").GetString().ShouldBe("CLOSED");
    }

    [Fact]
    public async Task AReadingOutOfRange_RaisesAHighPriorityTaskForTheClinicians_TheNextIsAddedToItAsAComment()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var clinician = await _api.TokenAsync("clinician");
        var (id, _) = await DischargedAsync(coordinator, "cardiac-surgery", "Al-Sabah");
        var now = DateTimeOffset.UtcNow;

        var set = await _api.DataAsync(clinician, """
            mutation($input: SetMonitoringThresholdsInput!) { setMonitoringThresholds(input: $input) { measure { measure thresholds { low high origin setBy } } errors { message } } }
            """, new { input = new { journeyId = id, measure = "BLOOD_PRESSURE_SYSTOLIC", low = 95.0, high = 150.0 } });
        var first = await RecordAsync(clinician, id, [Reading("BLOOD_PRESSURE_SYSTOLIC", 128, "mmHg", now.AddMinutes(-40)), Reading("BLOOD_PRESSURE_SYSTOLIC", 171, "mmHg", now.AddMinutes(-30), "omron-22")]);
        var second = await RecordAsync(clinician, id, [Reading("BLOOD_PRESSURE_SYSTOLIC", 176, "mmHg", now.AddMinutes(-20), "omron-22"), Reading("BLOOD_PRESSURE_SYSTOLIC", 171, "mmHg", now.AddMinutes(-30), "omron-22")]);

        set.GetProperty("setMonitoringThresholds").GetProperty("measure").GetProperty("thresholds").GetProperty("origin").GetString().ShouldBe("clinician");
        var readings = first.GetProperty("readings").EnumerateArray().ToList();
        readings.Select(r => (r.GetProperty("range").GetString(), r.GetProperty("source").GetString())).ShouldBe([("IN_RANGE", "staff"), ("HIGH", "device:omron-22")]);
        var taskId = readings[1].GetProperty("alertTaskId").GetString();
        (second.GetProperty("recorded").GetInt32(), second.GetProperty("duplicates").GetInt32()).ShouldBe((1, 1));
        second.GetProperty("readings")[0].GetProperty("alertTaskId").GetString().ShouldBe(taskId);
        var queue = (await _api.DataAsync(clinician, """{ workQueue(role: "clinician") { id title priority dueAt comments { text } } }""")).GetProperty("workQueue").EnumerateArray()
            .Where(t => t.GetProperty("title").GetString() == "Systolic blood pressure high: review the patient").ToList();
        var task = queue.ShouldHaveSingleItem();
        (task.GetProperty("id").GetString(), task.GetProperty("priority").GetString()).ShouldBe((taskId, "HIGH"));
        task.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()![..28]).ShouldBe(["Reading out of range: 171 mm", "Another reading out of range"]);
        var monitoring = (await _api.DataAsync(clinician, """
            query($id: UUID!) { journey(id: $id) { monitoring { measures { measure openAlertTaskId lastReading { value } } readings(first: 2, measure: BLOOD_PRESSURE_SYSTOLIC) { totalCount pageInfo { hasNextPage } nodes { value range } } } timeline { kind } } }
            """, new { id })).GetProperty("journey");
        var systolic = monitoring.GetProperty("monitoring").GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("measure").GetString() == "BLOOD_PRESSURE_SYSTOLIC");
        (systolic.GetProperty("openAlertTaskId").GetString(), systolic.GetProperty("lastReading").GetProperty("value").GetDouble()).ShouldBe((taskId, 176));
        var page = monitoring.GetProperty("monitoring").GetProperty("readings");
        (page.GetProperty("totalCount").GetInt32(), page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()).ShouldBe((3, true));
        page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("value").GetDouble()).ShouldBe([176, 171]);
        monitoring.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "reading-out-of-range").ShouldBe(2);
    }

    [Fact]
    public async Task BrokenReadings_AreTypedValidationErrorsNamingTheField_AndNothingIsRecorded()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var (id, _) = await DischargedAsync(coordinator, "cardiac-surgery", "Petrov");

        var payload = await RecordPayloadAsync(coordinator, id, [
            Reading("HEART_RATE", 72, "bpm", DateTimeOffset.UtcNow.AddMinutes(-5)),
            Reading("TEMPERATURE", 98.6, "kelvin", DateTimeOffset.UtcNow.AddMinutes(-5)),
            Reading("OXYGEN_SATURATION", 140, "%", DateTimeOffset.UtcNow.AddMinutes(-5)),
            Reading("HEART_RATE", 70, "bpm", DateTimeOffset.UtcNow.AddDays(1))]);
        var readings = await _api.DataAsync(coordinator, "query($id: UUID!) { journey(id: $id) { monitoring { readings { totalCount } } } }", new { id });

        payload.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
        payload.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("__typename").GetString(), e.GetProperty("field").GetString())).ShouldBe([
            ("ValidationError", "readings[1].unit"), ("ValidationError", "readings[2].value"), ("ValidationError", "readings[3].takenAt")]);
        payload.GetProperty("errors")[1].GetProperty("message").GetString().ShouldBe("'readings[2].value' must be a oxygen saturation (SpO2) a person can have: 50 to 100 %; got '140'.");
        readings.GetProperty("journey").GetProperty("monitoring").GetProperty("readings").GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task APatient_SeesAndRecordsOnlyTheirOwn_AndCannotChangeThePlan()
    {
        var coordinator = await _api.TokenAsync("coordinator");
        var (mine, _) = await DischargedAsync(coordinator, "orthopedics", "Lindqvist");
        var (theirs, _) = await DischargedAsync(coordinator, "orthopedics", "Okafor");
        var patientId = Guid.Parse((await _api.DataAsync(coordinator, "query($id: UUID!) { journey(id: $id) { patientId } }", new { id = mine })).GetProperty("journey").GetProperty("patientId").GetString()!);
        var patient = _api.PatientToken(patientId);

        var own = await _api.DataAsync(patient, "query($id: UUID!) { journey(id: $id) { followUpPlan { items { id title status } } } }", new { id = mine });
        var recorded = await RecordAsync(patient, mine, [Reading("TEMPERATURE", 37.2, "°C", DateTimeOffset.UtcNow.AddMinutes(-10))]);
        var stranger = await _api.PostAsync(patient, "query($id: UUID!) { journey(id: $id) { followUpPlan { started } } }", new { id = theirs });
        var strangerReading = await _api.PostAsync(patient, """
            mutation($input: RecordReadingsInput!) { recordReadings(input: $input) { result { recorded } errors { message } } }
            """, new { input = new { journeyId = theirs, readings = new[] { Reading("TEMPERATURE", 37.2, "°C", DateTimeOffset.UtcNow.AddMinutes(-10)) } } });
        var item = own.GetProperty("journey").GetProperty("followUpPlan").GetProperty("items")[0];
        var complete = await _api.PostAsync(patient, """
            mutation($input: CompleteFollowUpItemInput!) { completeFollowUpItem(input: $input) { plan { complete } errors { message } } }
            """, new { input = new { itemId = Id(item), outcome = "I am fine" } });

        item.GetProperty("title").GetString().ShouldBe("Wound check call");
        recorded.GetProperty("readings")[0].GetProperty("source").GetString().ShouldBe("patient");
        Code(stranger).ShouldBe("FORBIDDEN");
        Code(strangerReading).ShouldBe("FORBIDDEN");
        Code(complete).ShouldBe("FORBIDDEN");
    }

    private async Task<(string Id, long Version)> DischargedAsync(string token, string serviceLine, string familyName)
    {
        var patient = await _api.RegisterPatientAsync(token, "MEDICAL_TOURIST", familyName);
        var journey = await _api.OpenJourneyAsync(token, patient, serviceLine);
        var (id, version) = (journey.GetProperty("id").GetString()!, journey.GetProperty("version").GetInt64());
        foreach (var stage in new[] { "MEDICAL_REVIEW", "QUOTATION", "CONFIRMED", "IN_CARE", "DISCHARGED" })
        {
            version = await MoveAsync(token, id, version, stage);
        }

        return (id, version);
    }

    private async Task<long> MoveAsync(string token, string id, long version, string to)
    {
        var payload = await MovePayloadAsync(token, id, version, to);
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        return payload.GetProperty("journey").GetProperty("version").GetInt64();
    }

    private async Task<JsonElement> MovePayloadAsync(string token, string id, long version, string to) =>
        (await _api.DataAsync(token, """
            mutation($input: MoveJourneyStageInput!) { moveJourneyStage(input: $input) { journey { version stage } errors { __typename message code } } }
            """, new { input = new { journeyId = id, expectedVersion = version, to } })).GetProperty("moveJourneyStage");

    private async Task<JsonElement> PlanChangeAsync(string token, string mutation, object input)
    {
        var name = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        var payload = (await _api.DataAsync(token, $$"""
            mutation($input: {{name}}Input!) { {{mutation}}(input: $input) { plan { {{PlanFields}} } errors { __typename message } } }
            """, new { input })).GetProperty(mutation);
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        return payload.GetProperty("plan");
    }

    private async Task<JsonElement> RecordAsync(string token, string journeyId, object[] readings)
    {
        var payload = await RecordPayloadAsync(token, journeyId, readings);
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        return payload.GetProperty("result");
    }

    private async Task<JsonElement> RecordPayloadAsync(string token, string journeyId, object[] readings) =>
        (await _api.DataAsync(token, """
            mutation($input: RecordReadingsInput!) {
              recordReadings(input: $input) {
                result { recorded duplicates readings { id value unit range source alertTaskId } }
                errors { __typename message ... on ValidationError { field } }
              }
            }
            """, new { input = new { journeyId, readings } })).GetProperty("recordReadings");

    private static object Reading(string measure, double value, string unit, DateTimeOffset takenAt, string? deviceId = null) =>
        new { measure, value, unit, takenAt, deviceId };

    private static DateTimeOffset At(JsonElement value) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}

public sealed class SqliteAftercareGraphQLTests : AftercareGraphQLTests;

/// <summary>The same on PostgreSQL: a throwaway database on the test server (PLATFORM_TEST_POSTGRES), dropped afterwards.</summary>
public sealed class PostgresAftercareGraphQLTests : AftercareGraphQLTests
{
    private readonly string _database = "h_" + Guid.NewGuid().ToString("N");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var admin = AdminConnectionString();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        Host.Settings["Database:Provider"] = "Postgres";
        Host.Settings["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(admin) { Database = _database, Pooling = false }.ToString();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Host.Dispose();
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("PostgreSQL tests need a server: run build/test.sh (it starts one on 127.0.0.1), or set PLATFORM_TEST_POSTGRES to an admin connection string.");
}
