namespace Platform.Journeys.Contracts;

/// <summary>Where a journey stands, from first inquiry to closed follow-up, or how it ended early.</summary>
public enum JourneyStage
{
    /// <summary>The patient or a partner asked; nothing is reviewed yet.</summary>
    Inquiry,

    /// <summary>A clinician reviews the records and says whether and how the center can treat.</summary>
    MedicalReview,

    /// <summary>A package price or estimate is prepared and sent.</summary>
    Quotation,

    /// <summary>The patient (or payor) accepted; dates are being fixed.</summary>
    Confirmed,

    /// <summary>Visa, travel, lodging and pre-admission work before the patient arrives.</summary>
    PreTravel,

    /// <summary>The patient is being treated, admitted or as an outpatient (see <see cref="CareSetting"/>).</summary>
    InCare,

    /// <summary>Treatment ended; discharge summary and hand-back to the home doctor.</summary>
    Discharged,

    /// <summary>Follow-up calls and telehealth visits after the patient went home.</summary>
    FollowUp,

    /// <summary>The journey ended as planned.</summary>
    Closed,

    /// <summary>Exit: the center or the patient declined the treatment.</summary>
    Declined,

    /// <summary>Exit: the patient or payor cancelled.</summary>
    Cancelled,

    /// <summary>Exit: the patient stopped answering.</summary>
    LostToFollowUp,
}

/// <summary>How a patient in care is being treated.</summary>
public enum CareSetting
{
    Admitted,
    Outpatient,
}

/// <summary>The dates a journey is planned around; pathway tasks fall due relative to them.</summary>
public enum MilestoneKind
{
    /// <summary>When the inquiry came in; set when the journey opens.</summary>
    InquiryReceived,

    /// <summary>When the patient is expected to land.</summary>
    ExpectedArrival,

    Admission,

    Procedure,

    Discharge,

    /// <summary>When the patient flies home.</summary>
    Departure,
}

/// <summary>The place a person holds on a journey's care team.</summary>
public enum CareTeamRole
{
    Coordinator,
    CaseManager,
    TreatingPhysician,
    Interpreter,
}

public enum CareTaskPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

public enum CareTaskStatus
{
    Open,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>How a page of journeys is ordered.</summary>
public enum JourneyOrder
{
    /// <summary>Most recently changed first.</summary>
    UpdatedNewestFirst,

    /// <summary>Most recently opened first.</summary>
    OpenedNewestFirst,

    /// <summary>Longest open first.</summary>
    OpenedOldestFirst,
}
