namespace Platform.Sdk.Interpretation;

/// <summary>How the interpreter takes part.</summary>
public enum InterpretingModality
{
    /// <summary>In person, at the place given.</summary>
    OnSite,

    /// <summary>Video remote interpreting.</summary>
    Video,

    /// <summary>Over the phone.</summary>
    Phone,
}

/// <summary>The patient's preference for the interpreter's gender (cultural or religious reasons).</summary>
public enum GenderPreference
{
    /// <summary>No preference.</summary>
    None,

    /// <summary>A female interpreter.</summary>
    Female,

    /// <summary>A male interpreter.</summary>
    Male,
}

/// <summary>A request for an interpreter.</summary>
/// <param name="PatientLanguage">The patient's language as a BCP 47 tag, e.g. <c>ar</c>, <c>ru</c>, <c>ku</c>, <c>fa-AF</c>.</param>
/// <param name="ClinicianLanguage">The clinicians' language as a BCP 47 tag, e.g. <c>tr</c>, <c>en</c>.</param>
/// <param name="Modality">On site, video or phone.</param>
/// <param name="Start">When the session starts; shown in <see cref="TimeZone"/>.</param>
/// <param name="Duration">How long it is expected to last.</param>
/// <param name="TimeZone">The IANA time zone of the session, e.g. <c>Europe/Istanbul</c>.</param>
/// <param name="Specialty">The medical specialty, e.g. <c>oncology</c>, <c>cardiology</c>, <c>mental-health</c>, so the agency sends someone who knows its terms.</param>
/// <param name="Location">Where to come, for <see cref="InterpretingModality.OnSite"/>.</param>
/// <param name="Gender">The patient's preference.</param>
/// <param name="Encounter">What the session is, without diagnosis detail, e.g. "pre-operative consultation".</param>
/// <param name="Contact">Whom the interpreter reports to on arrival.</param>
public sealed record InterpreterRequest(
    string PatientLanguage,
    string ClinicianLanguage,
    InterpretingModality Modality,
    DateTimeOffset Start,
    TimeSpan Duration,
    string TimeZone,
    string? Specialty = null,
    Place? Location = null,
    GenderPreference Gender = GenderPreference.None,
    string? Encounter = null,
    ContactPerson? Contact = null);

/// <summary>Where an interpreter booking stands.</summary>
public enum InterpreterBookingState
{
    /// <summary>Received; the agency is looking for an interpreter.</summary>
    Requested,

    /// <summary>An interpreter is assigned.</summary>
    Confirmed,

    /// <summary>The session took place.</summary>
    Completed,

    /// <summary>Cancelled by the hospital.</summary>
    Cancelled,

    /// <summary>The agency could not find an interpreter in time.</summary>
    Unfilled,
}

/// <summary>An interpreter booking.</summary>
/// <param name="BookingReference">The agency's booking reference.</param>
/// <param name="State">Where it stands.</param>
/// <param name="Request">What was asked for.</param>
/// <param name="Interpreter">The interpreter, once assigned.</param>
/// <param name="JoinAt">For video or phone: the link or number to join.</param>
/// <param name="EstimatedCost">The agency's price estimate.</param>
/// <param name="CancellationFee">The fee for a late cancellation, once cancelled.</param>
public sealed record InterpreterBooking(string BookingReference, InterpreterBookingState State, InterpreterRequest Request, ContactPerson? Interpreter = null, string? JoinAt = null, MonetaryAmount? EstimatedCost = null, MonetaryAmount? CancellationFee = null);

/// <summary>An interpreter booking changed (reported by the plugin or a webhook).</summary>
/// <param name="Reference">The agency's booking reference.</param>
/// <param name="OccurredAt">When it changed.</param>
/// <param name="Booking">The booking as it now stands.</param>
public sealed record InterpreterBookingChanged(string Reference, DateTimeOffset OccurredAt, InterpreterBooking Booking)
    : PartnerEvent(Reference, OccurredAt);
