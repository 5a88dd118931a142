namespace Platform.Records.Contracts;

/// <summary>What a document is.</summary>
public enum DocumentType
{
    ReferralLetter,
    ImagingReport,

    /// <summary>The images themselves: DICOM files, photographs, scans.</summary>
    Images,
    LabResults,
    Prescription,
    DischargeSummary,
    ConsentForm,
    PassportCopy,

    /// <summary>A letter inviting the patient for treatment, for a visa application.</summary>
    InvitationLetter,

    /// <summary>A letter confirming appointments, for the patient to carry when travelling.</summary>
    AppointmentLetter,

    /// <summary>The center's letter handing the patient back to the home physician at discharge (see the README).</summary>
    HandBackLetter,
    Invoice,
    Other,
}

/// <summary>Who the document came from.</summary>
public enum DocumentSource
{
    /// <summary>The patient (or their family) sent it.</summary>
    Patient,

    /// <summary>The home-country physician or hospital.</summary>
    HomeProvider,

    /// <summary>This facility produced it.</summary>
    Facility,

    /// <summary>A partner: insurer, facilitator, interpreter agency.</summary>
    Partner,
}

/// <summary>Where a request for records from a home-country provider stands.</summary>
public enum RecordsRequestStatus
{
    Requested,
    Reminded,
    PartiallyReceived,
    Received,
    Cancelled,
}

/// <summary>Where a translation of a document stands.</summary>
public enum TranslationStatus
{
    /// <summary>Sent to a translator (by hand, or taken by the agency); the translation has not come back yet.</summary>
    Sent,

    /// <summary>The translation was uploaded or delivered and linked to its original.</summary>
    Completed,

    /// <summary>Being ordered from an interpreter-agency partner; its answer has not been recorded yet.</summary>
    Ordering,

    /// <summary>The agency is translating it.</summary>
    InProgress,

    /// <summary>The agency refused the order or rejected the job; Note says why.</summary>
    Declined,

    /// <summary>The order could not be placed, or the delivered file was refused; Note says why.</summary>
    Failed,

    /// <summary>The agency cancelled the job.</summary>
    Cancelled,
}

/// <summary>Who receives a share of documents.</summary>
public enum ShareRecipientKind
{
    HomePhysician,
    Insurer,
    SecondOpinionSpecialist,
}

/// <summary>Where a share stands at the time it is read.</summary>
public enum ShareStatus
{
    Active,
    Expired,
    Revoked,
}
