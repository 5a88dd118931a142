namespace Platform.Sdk.Insurance;

/// <summary>What an appeal is about.</summary>
public enum AppealSubject
{
    /// <summary>A denied or partly approved prior authorization.</summary>
    PriorAuthorization,

    /// <summary>A denied or partly paid claim.</summary>
    Claim,
}

/// <summary>An appeal of a payor's decision (first-level reconsideration).</summary>
/// <param name="Subject">What is appealed.</param>
/// <param name="DecisionReference">The payor's reference of the decision appealed (authorization reference or claim reference).</param>
/// <param name="Reason">Why the decision should change, in words.</param>
/// <param name="Attachments">Supporting evidence (letters of medical necessity, reports).</param>
public sealed record AppealRequest(AppealSubject Subject, string DecisionReference, string Reason, IReadOnlyList<SupportingDocument> Attachments);

/// <summary>The payor's receipt of an appeal.</summary>
/// <param name="AppealReference">The payor's reference for the appeal.</param>
/// <param name="DecisionExpectedBy">When the payor must decide, if it says.</param>
public sealed record AppealAcknowledgement(string AppealReference, DateOnly? DecisionExpectedBy);

/// <summary>How an appeal ended.</summary>
public enum AppealOutcome
{
    /// <summary>The original decision is reversed in full.</summary>
    Overturned,

    /// <summary>The original decision is changed in part.</summary>
    PartiallyOverturned,

    /// <summary>The original decision stands.</summary>
    Upheld,
}

/// <summary>An appeal was decided (reported later, by the plugin or a webhook).</summary>
/// <param name="Reference">The payor's appeal reference.</param>
/// <param name="OccurredAt">When it was decided.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Explanation">The payor's explanation.</param>
public sealed record AppealDecided(string Reference, DateTimeOffset OccurredAt, AppealOutcome Outcome, string? Explanation)
    : PartnerEvent(Reference, OccurredAt);
