using Platform.Journeys.Contracts;
using Platform.Kernel.Messaging;

namespace Platform.Journeys.FollowUpPlans;

/// <summary>
/// A journey's follow-up after discharge: started when the journey is first discharged (from its
/// pathway version's plan, or empty), items added by staff, and ended early only on purpose, with a
/// reason. An item's status is its care task's, so work done from a work queue counts here too.
/// </summary>
internal sealed class FollowUpPlan
{
    public const string EndedCode = "FOLLOW_UP_PLAN_ENDED";

    private readonly List<FollowUpItem> _items = [];

    private FollowUpPlan()
    {
    }

    public FollowUpPlan(Guid journeyId, Guid patientId, DateTimeOffset dischargedAt, string by, DateTimeOffset now)
    {
        JourneyId = journeyId;
        PatientId = patientId;
        DischargedAt = dischargedAt;
        StartedBy = by;
        StartedAt = now;
    }

    public Guid JourneyId { get; private set; }

    public Guid PatientId { get; private set; }

    public DateTimeOffset DischargedAt { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateTimeOffset? EndedAt { get; private set; }

    public FollowUpPlanEndReason? EndReason { get; private set; }

    public string? EndNote { get; private set; }

    public string? EndedBy { get; private set; }

    public IReadOnlyList<FollowUpItem> Items => _items;

    public bool IsEnded => EndedAt is not null;

    public FollowUpItem Add(FollowUpKind kind, string title, string ownerRole, string? instructions, int? offsetAmount, FollowUpOffsetUnit? offsetUnit, Guid taskId, string by, DateTimeOffset now)
    {
        EnsureNotEnded("take new items");
        var item = new FollowUpItem(JourneyId, _items.Count + 1, kind, title, ownerRole, instructions, offsetAmount, offsetUnit, taskId, by, now);
        _items.Add(item);
        return item;
    }

    public void End(FollowUpPlanEndReason reason, string? note, string by, DateTimeOffset now)
    {
        EnsureNotEnded("be ended again");
        (EndedAt, EndReason, EndNote, EndedBy) = (now, reason, note, by);
    }

    public void EnsureNotEnded(string what)
    {
        if (IsEnded)
        {
            throw new BusinessRuleException(EndedCode, $"The follow-up plan was ended on {EndedAt:yyyy-MM-dd} ({FollowUpWords.Reason(EndReason!.Value)}) and cannot {what}.");
        }
    }

    /// <summary>When an item falls due: its offset after discharge, calendar months as calendar months.</summary>
    public static DateTimeOffset DueAfter(DateTimeOffset discharged, int amount, FollowUpOffsetUnit unit) => unit switch
    {
        FollowUpOffsetUnit.Weeks => discharged.AddDays(7 * amount),
        FollowUpOffsetUnit.Months => discharged.AddMonths(amount),
        _ => discharged.AddDays(amount),
    };
}

/// <summary>One follow-up of a journey's plan; the care task (TaskId) carries its due date and status.</summary>
internal sealed class FollowUpItem
{
    private FollowUpItem()
    {
    }

    public FollowUpItem(Guid journeyId, int number, FollowUpKind kind, string title, string ownerRole, string? instructions, int? offsetAmount, FollowUpOffsetUnit? offsetUnit, Guid taskId, string by, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        JourneyId = journeyId;
        Number = number;
        Kind = kind;
        Title = title;
        OwnerRole = ownerRole;
        Instructions = instructions;
        OffsetAmount = offsetAmount;
        OffsetUnit = offsetUnit;
        TaskId = taskId;
        AddedBy = by;
        AddedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid JourneyId { get; private set; }

    public int Number { get; private set; }

    public FollowUpKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string OwnerRole { get; private set; } = "";

    public string? Instructions { get; private set; }

    public int? OffsetAmount { get; private set; }

    public FollowUpOffsetUnit? OffsetUnit { get; private set; }

    public Guid TaskId { get; private set; }

    public string? Outcome { get; private set; }

    public string? SkipReason { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public string AddedBy { get; private set; } = "";

    public void Completed(string outcome) => Outcome = outcome;

    public void Skipped(string reason) => SkipReason = reason;
}

internal static class FollowUpWords
{
    public static string Reason(FollowUpPlanEndReason reason) => reason switch
    {
        FollowUpPlanEndReason.PatientDeclined => "the patient declined further follow-up",
        FollowUpPlanEndReason.TransferredToHomePhysician => "care transferred to the home physician",
        FollowUpPlanEndReason.CareContinuedElsewhere => "care continued with another provider",
        FollowUpPlanEndReason.PatientDied => "the patient died",
        _ => "other reason",
    };

    public static string? Offset(int? amount, FollowUpOffsetUnit? unit) => (amount, unit) switch
    {
        ({ } a, { } u) => $"{a} {(a == 1 ? u.ToString().ToLowerInvariant().TrimEnd('s') : u.ToString().ToLowerInvariant())} after discharge",
        _ => null,
    };

    public static string Kind(FollowUpKind kind) => kind switch
    {
        FollowUpKind.TelehealthVisit => "telehealth visit",
        FollowUpKind.ClinicReview => "clinic review",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
