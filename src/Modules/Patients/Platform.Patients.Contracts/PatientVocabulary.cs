namespace Platform.Patients.Contracts;

/// <summary>The four kinds of international patient; each has different needs and default journeys.</summary>
public enum PatientKind
{
    /// <summary>Travels on purpose for planned care.</summary>
    MedicalTourist,

    /// <summary>Fell ill or was injured while travelling; unplanned and often urgent.</summary>
    IllOrInjuredTraveler,

    /// <summary>Lives and works in the region; recurring care, employer or international plans.</summary>
    ExpatriateOrForeignWorker,

    /// <summary>Pensioner or long-stay visitor such as a winter resident; chronic care and check-ups.</summary>
    PensionerOrLongStayVisitor,
}

/// <summary>Sex as recorded on the patient's identity document.</summary>
public enum Sex
{
    Female,
    Male,
    Other,
    Unknown,
}

/// <summary>How the patient prefers to be reached.</summary>
public enum ContactChannel
{
    Email,
    Phone,
    Sms,
    WhatsApp,
    Portal,
}

/// <summary>How a companion, next of kin or contact person relates to the patient.</summary>
public enum Relationship
{
    Spouse,
    Partner,
    Parent,
    Child,
    Sibling,
    OtherRelative,
    Friend,
    LegalGuardian,
    Caregiver,
    Employer,
    Other,
}

/// <summary>What the patient eats; details of "Other" go in the diet notes.</summary>
public enum Diet
{
    NoRestriction,
    Halal,
    Kosher,
    Vegetarian,
    Vegan,
    Other,
}

/// <summary>The gender of clinician the patient prefers to be examined by.</summary>
public enum ClinicianGenderPreference
{
    NoPreference,
    Female,
    Male,
}

/// <summary>Who takes part in decisions about the patient's care.</summary>
public enum FamilyInvolvement
{
    PatientDecides,
    SharedWithFamily,
    FamilyDecides,
}

/// <summary>How news, especially difficult news, should be given.</summary>
public enum CommunicationStyle
{
    Direct,
    Gentle,
    ThroughFamily,
}

/// <summary>Where the patient came from, for attribution and market intelligence.</summary>
public enum AttributionChannel
{
    Direct,
    Facilitator,
    Insurer,
    Employer,
    Web,
}
