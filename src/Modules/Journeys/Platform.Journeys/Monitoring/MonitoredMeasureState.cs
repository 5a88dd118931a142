using Platform.Journeys.Contracts;

namespace Platform.Journeys.Monitoring;

/// <summary>
/// A measure monitored on a journey: its thresholds (from the pathway, or a clinician's override) and
/// the care team's open task about it, which later out-of-range readings are added to.
/// </summary>
internal sealed class MonitoredMeasureState
{
    public const string PathwayOrigin = "pathway";
    public const string ClinicianOrigin = "clinician";

    private MonitoredMeasureState()
    {
    }

    public MonitoredMeasureState(Guid journeyId, MonitoredMeasure measure, double? low, double? high, string origin, string by, DateTimeOffset now)
    {
        JourneyId = journeyId;
        Measure = measure;
        Unit = MeasureCatalog.Of(measure).Unit;
        Set(low, high, origin, by, now);
    }

    public Guid JourneyId { get; private set; }

    public MonitoredMeasure Measure { get; private set; }

    public string Unit { get; private set; } = "";

    public double? Low { get; private set; }

    public double? High { get; private set; }

    public string Origin { get; private set; } = "";

    public string SetBy { get; private set; } = "";

    public DateTimeOffset SetAt { get; private set; }

    public Guid? AlertTaskId { get; private set; }

    public void Set(double? low, double? high, string origin, string by, DateTimeOffset now) =>
        (Low, High, Origin, SetBy, SetAt) = (low, high, origin, by, now);

    public ReadingRange RangeOf(double value) =>
        value < Low ? ReadingRange.Low : value > High ? ReadingRange.High : ReadingRange.InRange;

    public void Alerting(Guid taskId) => AlertTaskId = taskId;
}

/// <summary>One reading of a monitored measure, kept as taken; never changed.</summary>
internal sealed class Reading
{
    private Reading()
    {
    }

    public Reading(Guid journeyId, Guid patientId, MonitoredMeasure measure, double value, double enteredValue, string enteredUnit, DateTimeOffset takenAt, string source, string? deviceId, string by, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        JourneyId = journeyId;
        PatientId = patientId;
        Measure = measure;
        Value = value;
        Unit = MeasureCatalog.Of(measure).Unit;
        EnteredValue = enteredValue;
        EnteredUnit = enteredUnit;
        TakenAt = takenAt;
        Source = source;
        DeviceId = deviceId;
        RecordedBy = by;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid JourneyId { get; private set; }

    public Guid PatientId { get; private set; }

    public MonitoredMeasure Measure { get; private set; }

    public double Value { get; private set; }

    public string Unit { get; private set; } = "";

    public double EnteredValue { get; private set; }

    public string EnteredUnit { get; private set; } = "";

    public DateTimeOffset TakenAt { get; private set; }

    public string Source { get; private set; } = "";

    public string? DeviceId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public ReadingRange Range { get; private set; }

    public Guid? AlertTaskId { get; private set; }

    public void Judged(ReadingRange range, Guid? alertTaskId) => (Range, AlertTaskId) = (range, alertTaskId);
}
