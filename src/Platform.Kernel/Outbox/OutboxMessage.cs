namespace Platform.Kernel.Outbox;

/// <summary>
/// A notification for other modules, written in the same transaction as the change that caused
/// it and delivered afterwards by the dispatcher, at least once and in order per aggregate.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public Guid MessageId { get; set; }

    /// <summary>"Namespace.Type, Assembly" of the notification.</summary>
    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    /// <summary>Messages with the same key are delivered in the order they were written.</summary>
    public string AggregateKey { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Set when delivery gave up; an administrator can see and replay the message.</summary>
    public DateTimeOffset? ParkedAt { get; set; }

    public string? LastError { get; set; }
}
