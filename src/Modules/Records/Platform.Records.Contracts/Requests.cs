using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>The home-country provider records are asked from.</summary>
public sealed record RecordsProvider(string Name, string Country, string? Email, string? Phone);

/// <summary>Asks a home-country provider for the patient's records: what, from whom, by when.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record RequestRecords(Guid PatientId, RecordsProvider Provider, string Requested, IReadOnlyList<DocumentType> ExpectedTypes, DateOnly DueBy, Guid? JourneyId = null)
    : ICommand<RecordsRequestDto>, IPatientScoped;

/// <summary>Notes that the provider was reminded (by phone, mail...); the next reminder falls due a reminder interval later.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record RemindRecordsRequest(Guid PatientId, Guid RequestId, long ExpectedVersion, string? Note = null) : ICommand<RecordsRequestDto>, IPatientScoped;

/// <summary>
/// Files a document the provider sent into the patient's record against the request, in one
/// transaction: the request becomes partially received, or received when Complete.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record RecordRecordsReceived(
    Guid PatientId,
    Guid RequestId,
    long ExpectedVersion,
    DocumentType Type,
    string Title,
    string Language,
    DocumentContent Content,
    bool Complete) : ICommand<RecordsReceipt>, IPatientScoped;

/// <summary>Stops waiting for a provider.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record CancelRecordsRequest(Guid PatientId, Guid RequestId, long ExpectedVersion, string Reason) : ICommand<RecordsRequestDto>, IPatientScoped;

/// <summary>
/// Records requests, newest first: one patient's when PatientId is set, else every open request;
/// RemindersDueOnly keeps those whose reminder is due now.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("RecordsRequest")]
public sealed record ListRecordsRequests(Guid? PatientId = null, bool RemindersDueOnly = false, int First = 50) : IQuery<IReadOnlyList<RecordsRequestDto>>;

[GraphQLName("RecordsRequest")]
public sealed record RecordsRequestDto(
    Guid Id,
    Guid PatientId,
    Guid? JourneyId,
    RecordsProvider Provider,
    string Requested,
    IReadOnlyList<DocumentType> ExpectedTypes,
    DateOnly DueBy,
    RecordsRequestStatus Status,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    int Reminders,
    DateTimeOffset? LastRemindedAt,
    DateTimeOffset? NextReminderAt,
    bool ReminderDue,
    IReadOnlyList<Guid> ReceivedDocumentIds,
    string? CancelReason,
    long Version);

public sealed record RecordsReceipt(RecordsRequestDto Request, DocumentDto Document);
