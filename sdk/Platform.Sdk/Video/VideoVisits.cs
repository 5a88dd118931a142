namespace Platform.Sdk.Video;

/// <summary>An appointment a visit room is asked for.</summary>
/// <param name="AppointmentReference">The hospital's reference for the appointment.</param>
/// <param name="Start">When the visit starts.</param>
/// <param name="Duration">How long it is booked for.</param>
/// <param name="Patient">The patient: name, and the language the room's screens should use.</param>
/// <param name="Clinician">The clinician who holds the visit.</param>
/// <param name="TimeZone">The IANA time zone the provider should show times in to the clinician (the facility's).</param>
public sealed record VideoVisitRequest(string AppointmentReference, DateTimeOffset Start, TimeSpan Duration, ContactPerson Patient, ContactPerson Clinician, string TimeZone);

/// <summary>A visit room.</summary>
/// <param name="VisitId">The provider's id for the room.</param>
/// <param name="PatientJoinUrl">Where the patient joins.</param>
/// <param name="ClinicianJoinUrl">Where the clinician joins (the host's link).</param>
/// <param name="ValidFrom">From when the links open the room.</param>
/// <param name="ValidUntil">Until when they do.</param>
public sealed record VideoVisit(string VisitId, Uri PatientJoinUrl, Uri ClinicianJoinUrl, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil);

/// <summary>A closed visit room.</summary>
/// <param name="VisitId">The provider's id for the room.</param>
/// <param name="CancelledAt">When the provider closed it.</param>
public sealed record VideoVisitCancellation(string VisitId, DateTimeOffset CancelledAt);
