using Platform.Journeys.Contracts;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Tests.Monitoring;

public abstract class MonitoringTests(string provider) : JourneysTestBase(provider)
{
    [Fact]
    public async Task AReadingOutOfRange_RaisesOneTaskForTheClinicians_ALaterOneIsAddedToItAsAComment()
    {
        var journey = await MonitoredAsync();
        var taken = Clock.GetUtcNow().AddMinutes(-30);

        var first = await Send(Users.CaseManager, new RecordReadings(journey.Id, [
            new ReadingInput(MonitoredMeasure.BloodPressureSystolic, 132, "mmHg", taken),
            new ReadingInput(MonitoredMeasure.BloodPressureSystolic, 178, "mmHg", taken.AddMinutes(10))]));
        var second = await Send(Users.CaseManager, new RecordReadings(journey.Id, [new ReadingInput(MonitoredMeasure.BloodPressureSystolic, 184, "mmHg", taken.AddMinutes(20))]));

        first.Readings.Select(r => (r.Range, r.Source)).ShouldBe([(ReadingRange.InRange, "staff"), (ReadingRange.High, "staff")]);
        first.Readings[0].AlertTaskId.ShouldBeNull();
        var taskId = first.Readings[1].AlertTaskId!.Value;
        second.Readings.ShouldHaveSingleItem().AlertTaskId.ShouldBe(taskId);
        var alerts = (await TasksAsync(journey.Id)).Where(t => t.Title.StartsWith("Systolic blood pressure", StringComparison.Ordinal)).ToList();
        var task = alerts.ShouldHaveSingleItem();
        (task.Id, task.Title, task.OwnerRole, task.Priority, task.Status).ShouldBe((taskId, "Systolic blood pressure high: review the patient", Roles.Clinician, CareTaskPriority.High, CareTaskStatus.Open));
        (task.DueAt!.Value - task.CreatedAt).ShouldBe(TimeSpan.FromHours(4));
        task.Comments.Select(c => c.Text).ShouldBe([
            $"Reading out of range: 178 mmHg (above 90–160 mmHg), taken {taken.AddMinutes(10):yyyy-MM-dd HH:mm} UTC, from staff.",
            $"Another reading out of range: 184 mmHg (above 90–160 mmHg), taken {taken.AddMinutes(20):yyyy-MM-dd HH:mm} UTC, from staff."]);
        var told = (await OutboxAsync()).Where(m => m.Type == TypeName<ReadingOutOfRange>()).ToList();
        told.Count.ShouldBe(2);
        told[0].Payload.ShouldContain("\"newTask\":true");
        told[1].Payload.ShouldContain("\"newTask\":false");
        (await TimelineAsync(journey.Id)).Count(e => e.Kind == "reading-out-of-range").ShouldBe(2);
        var monitoring = (await Send(Users.Clinician, new GetJourneyMonitoring([journey.Id]))).Single(m => m.Measure == MonitoredMeasure.BloodPressureSystolic);
        (monitoring.OpenAlertTaskId, monitoring.LastReading!.Value).ShouldBe((taskId, 184));
    }

    [Fact]
    public async Task OnceTheTaskIsDone_TheNextReadingOutOfRange_RaisesANewOne()
    {
        var journey = await MonitoredAsync();
        var taken = Clock.GetUtcNow().AddMinutes(-5);
        var first = await Send(Users.CaseManager, new RecordReadings(journey.Id, [new ReadingInput(MonitoredMeasure.OxygenSaturation, 88, "%", taken)]));
        var task = (await TasksAsync(journey.Id)).Single(t => t.Id == first.Readings[0].AlertTaskId);
        await Send(Users.Clinician, new CompleteTask(task.Id, task.Version, "Called: was at altitude; repeated 96%."));

        var again = await Send(Users.CaseManager, new RecordReadings(journey.Id, [new ReadingInput(MonitoredMeasure.OxygenSaturation, 89, "%", taken.AddMinutes(2))]));

        again.Readings[0].Range.ShouldBe(ReadingRange.Low);
        again.Readings[0].AlertTaskId.ShouldNotBe(task.Id);
        (await TasksAsync(journey.Id)).Count(t => t.Title == "Oxygen saturation (SpO2) low: review the patient").ShouldBe(2);
    }

    [Fact]
    public async Task DeviceReadings_AreRecordedOnce_WhenTheDeviceSendsThemAgain_AndOtherUnitsAreConverted()
    {
        var journey = await MonitoredAsync();
        var taken = Clock.GetUtcNow().AddHours(-1);
        ReadingInput[] batch = [
            new(MonitoredMeasure.Temperature, 100.4, "°F", taken, "cuff-7781"),
            new(MonitoredMeasure.HeartRate, 72, "bpm", taken, "cuff-7781")];

        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PatientWithRecord(Guid.NewGuid()), new RecordReadings(journey.Id, batch)));
        var first = await Send(Users.CaseManager, new RecordReadings(journey.Id, batch));
        var resent = await Send(Users.CaseManager, new RecordReadings(journey.Id, [.. batch, new(MonitoredMeasure.HeartRate, 75, "bpm", taken.AddMinutes(5), "cuff-7781")]));

        (first.Recorded, first.Duplicates).ShouldBe((2, 0));
        (resent.Recorded, resent.Duplicates).ShouldBe((1, 2));
        resent.Readings[0].Id.ShouldBe(first.Readings[0].Id);
        var temperature = first.Readings[0];
        (temperature.Value, temperature.Unit, temperature.EnteredValue, temperature.EnteredUnit, temperature.Source, temperature.Range).ShouldBe((38, "°C", 100.4, "°F", "device:cuff-7781", ReadingRange.InRange));
        var page = await Send(Users.Clinician, new ListReadings(journey.Id, First: 2));
        (page.TotalCount, page.HasNextPage).ShouldBe((3, true));
        page.Edges[0].Reading.Value.ShouldBe(75);
        var rest = await Send(Users.Clinician, new ListReadings(journey.Id, First: 2, After: page.Edges[^1].Cursor));

        // The two readings taken at the same instant come in id order, which the test does not choose; together they are both.
        rest.HasNextPage.ShouldBeFalse();
        new[] { page.Edges[1].Reading.Measure, rest.Edges.ShouldHaveSingleItem().Reading.Measure }.Order().ShouldBe([MonitoredMeasure.HeartRate, MonitoredMeasure.Temperature]);
    }

    [Fact]
    public async Task RecordReadings_BrokenReadings_NameEachFieldAndWhatIsExpected_AndRecordNothing()
    {
        var journey = await MonitoredAsync();
        var now = Clock.GetUtcNow();

        var invalid = await Should.ThrowAsync<ValidationException>(() => Send(Users.CaseManager, new RecordReadings(journey.Id, [
            new ReadingInput(MonitoredMeasure.Glucose, 5.5, "g/L", now.AddHours(-1)),
            new ReadingInput(MonitoredMeasure.HeartRate, 900, "bpm", now.AddHours(-1)),
            new ReadingInput(MonitoredMeasure.Weight, 80, "kg", now.AddHours(2)),
            new ReadingInput(MonitoredMeasure.HeartRate, 70, "bpm", now, "cuff 1")])));
        var notMonitored = await Should.ThrowAsync<ValidationException>(() => Send(Users.CaseManager, new RecordReadings(journey.Id, [
            new ReadingInput(MonitoredMeasure.HeartRate, 70, "bpm", now.AddMinutes(-1)),
            new ReadingInput(MonitoredMeasure.Glucose, 6, "mmol/L", now.AddMinutes(-1))])));

        invalid.Errors.Select(e => e.Message).ShouldBe([
            "'readings[0].unit' must be a unit of blood glucose: mmol/L, mg/dL; got 'g/L'.",
            "'readings[1].value' must be a heart rate a person can have: 20 to 300 bpm; got '900'.",
            $"'readings[2].takenAt' must not be in the future: when the reading was taken; got '{invalid.Errors[2].AttemptedValue}'.",
            "'readings[3].deviceId' must be 1 to 100 letters, digits, '-', '_', '.' or ':'; got 'cuff 1'."]);
        notMonitored.Errors.ShouldHaveSingleItem().Field.ShouldBe("readings[1].measure");
        notMonitored.Errors[0].Message.ShouldStartWith("'readings[1].measure' must be a measure monitored on this journey (monitored: BloodPressureSystolic, BloodPressureDiastolic, HeartRate,");
        (await Send(Users.Clinician, new ListReadings(journey.Id))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task APatient_RecordsReadingsOnlyOnTheirOwnJourney_AsThePatient()
    {
        var journey = await MonitoredAsync();
        var other = await OpenAsync(Registrations.IllTraveler());
        var patient = Users.PatientWithRecord(journey.PatientId);
        var taken = Clock.GetUtcNow().AddMinutes(-3);
        await Send(Users.Clinician, new SetMonitoringThresholds(journey.Id, MonitoredMeasure.Weight, null, 120));

        var own = await Send(patient, new RecordReadings(journey.Id, [new ReadingInput(MonitoredMeasure.Weight, 176, "lb", taken)]));
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new RecordReadings(other.Id, [new ReadingInput(MonitoredMeasure.Weight, 80, "kg", taken)])));
        var readBack = await Send(patient, new ListReadings(journey.Id));

        own.Readings.ShouldHaveSingleItem().Source.ShouldBe("patient");
        own.Readings[0].Value.ShouldBe(79.83);
        denied.Message.ShouldBe("A patient records readings only on their own journeys.");
        readBack.Edges.ShouldHaveSingleItem();
        await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new ListReadings(other.Id)));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new SetMonitoringThresholds(journey.Id, MonitoredMeasure.Weight, null, 200)));
    }

    [Fact]
    public async Task SetMonitoringThresholds_AClinicianOverridesThePathwaysDefault_OthersMayNot()
    {
        var journey = await MonitoredAsync();

        var set = await Send(Users.Clinician, new SetMonitoringThresholds(journey.Id, MonitoredMeasure.BloodPressureSystolic, 100, 150));
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Coordinator, new SetMonitoringThresholds(journey.Id, MonitoredMeasure.BloodPressureSystolic, 100, 170)));
        var invalid = await Should.ThrowAsync<ValidationException>(() => Send(Users.Clinician, new SetMonitoringThresholds(journey.Id, MonitoredMeasure.Temperature, null, null)));

        (set.Thresholds.Low, set.Thresholds.High, set.Thresholds.Origin, set.Thresholds.SetBy).ShouldBe((100, 150, "clinician", "lena"));
        denied.Message.ShouldContain("SetMonitoringThresholds");
        invalid.Errors.ShouldHaveSingleItem().Message.ShouldBe("'low' or high is required: a body temperature monitored without thresholds never alerts; got nothing.");
        (await TimelineAsync(journey.Id)).ShouldContain(e => e.Kind == "monitoring-thresholds-set" && e.Summary == "Systolic blood pressure changed from 90–160 mmHg to 100–150 mmHg.");
    }

    /// <summary>A cardiac-surgery journey discharged, so the pathway's measures are monitored with their defaults.</summary>
    private async Task<JourneyDto> MonitoredAsync()
    {
        var journey = await OpenAsync(Registrations.IllTraveler(), "cardiac-surgery");
        return await Send(Users.Clinician, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.Discharged));
    }
}

public sealed class SqliteMonitoringTests() : MonitoringTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresMonitoringTests() : MonitoringTests("Postgres");
