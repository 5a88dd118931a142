using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Contracts;

/// <summary>
/// Monitors a measure on a journey with these thresholds (in the measure's unit), or changes them: a
/// clinician's override of the pathway's defaults. Low and High may each be left open, not both.
/// </summary>
[RequiresRole(Roles.Clinician)]
[Audited("Journey")]
public sealed record SetMonitoringThresholds(Guid JourneyId, MonitoredMeasure Measure, double? Low, double? High) : ICommand<MonitoredMeasureDto>;

/// <summary>
/// Records readings on a journey, typed in by staff or the patient (a patient only on their own
/// journeys), or relayed from a device (DeviceId set: the source is device:&lt;id&gt;, and the same
/// device, measure and taken-at is the same reading, recorded once). At most <see cref="MaxBatch"/> a request.
/// A reading outside its thresholds raises a task for the care team's clinicians (one open task per
/// measure; later ones comment on it), writes on the timeline and is told as <see cref="ReadingOutOfRange"/>.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Patient)]
[Audited("Journey")]
public sealed record RecordReadings(Guid JourneyId, IReadOnlyList<ReadingInput> Readings) : ICommand<RecordedReadings>
{
    /// <summary>The most readings one request takes.</summary>
    public const int MaxBatch = 200;
}

/// <summary>One reading: the value in Unit (the measure's unit, or an accepted alternative such as lb or mg/dL), when it was taken, and the device it came from, if any.</summary>
public sealed record ReadingInput(MonitoredMeasure Measure, double Value, string Unit, DateTimeOffset TakenAt, string? DeviceId = null);

/// <summary>The readings as recorded (in input order; a device reading sent before comes back as first recorded) and how many were new.</summary>
[GraphQLName("RecordedReadings")]
public sealed record RecordedReadings(IReadOnlyList<ReadingDto> Readings, int Recorded, int Duplicates);

/// <summary>The measures monitored on several journeys, each with its last reading.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient)]
public sealed record GetJourneyMonitoring(IReadOnlyList<Guid> JourneyIds) : IQuery<IReadOnlyList<MonitoredMeasureDto>>;

/// <summary>A page of a journey's readings (1 to 100), newest taken first; Measure narrows it to one measure. Page on with After.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient)]
public sealed record ListReadings(Guid JourneyId, MonitoredMeasure? Measure = null, int First = 25, string? After = null) : IQuery<ReadingPage>;

public sealed record ReadingPage(IReadOnlyList<ReadingEdgeDto> Edges, bool HasNextPage, int TotalCount);

public sealed record ReadingEdgeDto(ReadingDto Reading, string Cursor);

/// <summary>A measure monitored on a journey: its unit and thresholds, the care team's open task about it, and the last reading taken.</summary>
[GraphQLName("MeasureMonitoring")]
public sealed record MonitoredMeasureDto(
    Guid JourneyId,
    MonitoredMeasure Measure,
    string Unit,
    MeasureThresholdsDto Thresholds,
    Guid? OpenAlertTaskId,
    ReadingDto? LastReading);

/// <summary>Thresholds in the measure's unit (null: open on that side); Origin is pathway (the pathway's default) or clinician (an override).</summary>
[GraphQLName("MeasureThresholds")]
public sealed record MeasureThresholdsDto(double? Low, double? High, string Origin, string SetBy, DateTimeOffset SetAt);

/// <summary>
/// One reading, in the measure's unit (EnteredValue and EnteredUnit as sent). Source is staff, patient or
/// device:&lt;id&gt;; Range says where it stood against the thresholds when recorded; AlertTaskId the task it raised or commented on.
/// </summary>
[GraphQLName("Reading")]
public sealed record ReadingDto(
    Guid Id,
    Guid JourneyId,
    MonitoredMeasure Measure,
    double Value,
    string Unit,
    double EnteredValue,
    string EnteredUnit,
    DateTimeOffset TakenAt,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    string Source,
    ReadingRange Range,
    Guid? AlertTaskId);

/// <summary>Told (through the outbox) when a reading falls outside its thresholds; TaskId is the care team's task it raised or was added to.</summary>
[GraphQLName("ReadingOutOfRange")]
public sealed record ReadingOutOfRange(
    Guid ReadingId,
    Guid JourneyId,
    Guid PatientId,
    MonitoredMeasure Measure,
    double Value,
    string Unit,
    double? Low,
    double? High,
    ReadingRange Range,
    string Source,
    DateTimeOffset TakenAt,
    Guid TaskId,
    bool NewTask,
    DateTimeOffset At) : INotification;
