using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Records.Contracts;

namespace Platform.Records.Requests;

/// <summary>A request to a home-country provider for a patient's records, followed until received or cancelled.</summary>
internal sealed class RecordsRequest : Aggregate
{
    private RecordsRequest()
    {
    }

    public Guid PatientId { get; private set; }

    public Guid? JourneyId { get; private set; }

    public string ProviderName { get; private set; } = "";

    public string ProviderCountry { get; private set; } = "";

    public string? ProviderEmail { get; private set; }

    public string? ProviderPhone { get; private set; }

    public string Requested { get; private set; } = "";

    /// <summary>The expected document types, comma-separated (a short list that is never queried by item).</summary>
    public string ExpectedTypes { get; private set; } = "";

    public DateOnly DueBy { get; private set; }

    public RecordsRequestStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public int Reminders { get; private set; }

    public DateTimeOffset? LastRemindedAt { get; private set; }

    /// <summary>When the provider should be chased next; null once nothing more is awaited.</summary>
    public DateTimeOffset? NextReminderAt { get; private set; }

    public string? CancelReason { get; private set; }

    public bool IsOpen => Status is RecordsRequestStatus.Requested or RecordsRequestStatus.Reminded or RecordsRequestStatus.PartiallyReceived;

    public static RecordsRequest Open(Guid patientId, Guid? journeyId, RecordsProvider provider, string requested, IReadOnlyList<DocumentType> expected, DateOnly dueBy,
        TimeSpan reminderInterval, string by, DateTimeOffset now) => new()
    {
        PatientId = patientId,
        JourneyId = journeyId,
        ProviderName = provider.Name.Trim(),
        ProviderCountry = provider.Country,
        ProviderEmail = provider.Email?.Trim(),
        ProviderPhone = provider.Phone?.Trim(),
        Requested = requested.Trim(),
        ExpectedTypes = string.Join(',', expected.Distinct()),
        DueBy = dueBy,
        Status = RecordsRequestStatus.Requested,
        RequestedAt = now,
        RequestedBy = by,
        NextReminderAt = now + reminderInterval,
    };

    public void Remind(TimeSpan reminderInterval, DateTimeOffset now)
    {
        EnsureOpen("remind the provider");
        Reminders++;
        LastRemindedAt = now;
        NextReminderAt = now + reminderInterval;
        if (Status == RecordsRequestStatus.Requested)
        {
            Status = RecordsRequestStatus.Reminded;
        }
    }

    public void Receive(bool complete, TimeSpan reminderInterval, DateTimeOffset now)
    {
        EnsureOpen("receive records");
        Status = complete ? RecordsRequestStatus.Received : RecordsRequestStatus.PartiallyReceived;
        NextReminderAt = complete ? null : now + reminderInterval;
    }

    public void Cancel(string reason)
    {
        EnsureOpen("cancel it");
        Status = RecordsRequestStatus.Cancelled;
        CancelReason = reason.Trim();
        NextReminderAt = null;
    }

    /// <summary>A reminder is due when the request is open and either its reminder date or its due date has passed.</summary>
    public bool ReminderDueAt(DateTimeOffset now) =>
        IsOpen && NextReminderAt is { } next && (next <= now || DateOnly.FromDateTime(now.UtcDateTime) > DueBy);

    public RecordsRequestDto ToDto(IReadOnlyList<Guid> receivedDocumentIds, DateTimeOffset now) => new(
        Id,
        PatientId,
        JourneyId,
        new RecordsProvider(ProviderName, ProviderCountry, ProviderEmail, ProviderPhone),
        Requested,
        [.. ExpectedTypes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<DocumentType>)],
        DueBy,
        Status,
        RequestedAt,
        RequestedBy,
        Reminders,
        LastRemindedAt,
        NextReminderAt,
        ReminderDueAt(now),
        receivedDocumentIds,
        CancelReason,
        Version);

    private void EnsureOpen(string what)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("RECORDS_REQUEST_CLOSED", $"Records request '{Id}' is {Status}: it is no longer possible to {what}.");
        }
    }
}
