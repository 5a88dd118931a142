using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Patients.Contracts;

/// <summary>What the patient consents to.</summary>
public enum ConsentKind
{
    /// <summary>Sharing treatment data with the care team, payors and partners involved in the patient's care.</summary>
    TreatmentDataSharing,

    /// <summary>Transferring health data across borders, for example to the home-country physician.</summary>
    CrossBorderTransfer,

    /// <summary>Receiving offers, reminders and other marketing.</summary>
    Marketing,

    /// <summary>Using the patient's story, words or image in testimonials.</summary>
    Testimonials,
}

public enum ConsentDecision
{
    Granted,
    Withdrawn,
}

/// <summary>How the decision reached the center.</summary>
public enum ConsentChannel
{
    InPerson,
    SignedForm,
    Portal,
    Email,
    Phone,
    Messaging,
}

/// <summary>
/// Appends a grant or a withdrawal to the patient's consent history; the current state is the
/// latest decision. Patients may record their own decisions (through the portal), so withdrawing
/// is as easy as granting. OccurredAt is when the patient decided, if earlier (a signed form); now when null.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Patient)]
public sealed record RecordConsent(
    Guid PatientId,
    long ExpectedVersion,
    ConsentKind Kind,
    ConsentDecision Decision,
    ConsentChannel Channel,
    DateTimeOffset? OccurredAt,
    string? Note) : ICommand<PatientDto>, IPatientScoped;

/// <summary>Every consent decision on the patient's record, oldest first, with the current state per kind.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient)]
public sealed record GetConsentHistory(Guid PatientId, ConsentKind? Kind = null) : IQuery<ConsentHistoryDto>, IPatientScoped;

/// <summary>
/// Only whether the patient currently agrees to marketing and to testimonials: what marketing
/// staff may know about a patient here. Campaign audiences belong to the Outreach module, which
/// follows <see cref="ConsentChanged"/> notifications.
/// </summary>
[RequiresRole(Roles.Marketing, Roles.Coordinator, Roles.CaseManager, Roles.Administrator)]
public sealed record GetMarketingConsent(Guid PatientId) : IQuery<MarketingConsentDto>, IPatientScoped;

/// <summary>Current state of one kind of consent; never decided reads as not granted.</summary>
[GraphQLName("ConsentState")]
public sealed record ConsentStateDto(ConsentKind Kind, bool Granted, ConsentDecision? LastDecision, DateTimeOffset? DecidedAt);

/// <summary>One decision as recorded. <see cref="MergedFromPatientId"/> is set on decisions a merge brought over.</summary>
public sealed record ConsentRecordDto(
    Guid Id,
    ConsentKind Kind,
    ConsentDecision Decision,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    ConsentChannel Channel,
    string? Note,
    Guid? MergedFromPatientId);

public sealed record ConsentHistoryDto(Guid PatientId, IReadOnlyList<ConsentStateDto> Current, IReadOnlyList<ConsentRecordDto> Records);

public sealed record MarketingConsentDto(Guid PatientId, ConsentStateDto Marketing, ConsentStateDto Testimonials);
