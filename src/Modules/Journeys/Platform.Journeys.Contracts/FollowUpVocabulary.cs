namespace Platform.Journeys.Contracts;

/// <summary>What a follow-up after discharge is.</summary>
public enum FollowUpKind
{
    /// <summary>A phone call to the patient at home.</summary>
    Call,

    /// <summary>A video consultation with a clinician.</summary>
    TelehealthVisit,

    /// <summary>A test (X-ray, blood test, echocardiogram) done here or near home, with its result reviewed.</summary>
    Test,

    /// <summary>A review in clinic, here or with the home physician.</summary>
    ClinicReview,

    /// <summary>A questionnaire the patient fills in (pain, function, quality of life).</summary>
    Questionnaire,
}

/// <summary>The unit of a follow-up's offset after discharge: 14 days, 6 weeks, 3 months.</summary>
public enum FollowUpOffsetUnit
{
    Days,
    Weeks,

    /// <summary>Calendar months: three months after 30 November is 28 February (or 29th in a leap year).</summary>
    Months,
}

/// <summary>Where a follow-up item stands; it follows its care task (done, or cancelled meaning skipped).</summary>
public enum FollowUpItemStatus
{
    Open,
    Done,
    Skipped,
}

/// <summary>Why a follow-up plan was ended before every item was done.</summary>
public enum FollowUpPlanEndReason
{
    /// <summary>The patient declined further follow-up.</summary>
    PatientDeclined,

    /// <summary>The home physician took over the remaining follow-up.</summary>
    TransferredToHomePhysician,

    /// <summary>The patient is followed by another provider (readmitted or treated elsewhere).</summary>
    CareContinuedElsewhere,

    /// <summary>The patient died.</summary>
    PatientDied,

    /// <summary>Another reason, given in the note.</summary>
    Other,
}

/// <summary>A measure a journey's care team can monitor remotely; each has one unit its thresholds are in.</summary>
public enum MonitoredMeasure
{
    /// <summary>Systolic blood pressure, mmHg.</summary>
    BloodPressureSystolic,

    /// <summary>Diastolic blood pressure, mmHg.</summary>
    BloodPressureDiastolic,

    /// <summary>Heart rate, beats per minute.</summary>
    HeartRate,

    /// <summary>Body weight, kg (lb accepted).</summary>
    Weight,

    /// <summary>Blood glucose, mmol/L (mg/dL accepted).</summary>
    Glucose,

    /// <summary>Oxygen saturation, % (SpO2).</summary>
    OxygenSaturation,

    /// <summary>Body temperature, °C (°F accepted).</summary>
    Temperature,

    /// <summary>Respiratory rate, breaths per minute.</summary>
    RespiratoryRate,
}

/// <summary>Where a reading stands against its measure's thresholds.</summary>
public enum ReadingRange
{
    /// <summary>Within the thresholds (or no threshold on that side).</summary>
    InRange,

    /// <summary>Below the low threshold.</summary>
    Low,

    /// <summary>Above the high threshold.</summary>
    High,
}
