namespace Platform.Sdk;

/// <summary>The four ways a partner call ends.</summary>
public enum PartnerResultKind
{
    /// <summary>The partner did what was asked; <see cref="PartnerResult{T}.Value"/> holds its answer.</summary>
    Success,

    /// <summary>The partner understood and refused (not covered, no vehicle, no interpreter); see <see cref="PartnerResult.Decline"/>.</summary>
    Declined,

    /// <summary>The partner accepted and will decide later (a pended authorization); see <see cref="PartnerResult.Pending"/>. The outcome arrives through <see cref="IPartnerEvents"/> or by asking again with the reference.</summary>
    Pending,

    /// <summary>The call did not get an answer from the partner; see <see cref="PartnerResult.Failure"/>.</summary>
    Failed,
}

/// <summary>Why a call failed, which decides whether trying again can help.</summary>
public enum PartnerFailureCategory
{
    /// <summary>The partner could not be reached or answered with a server error. Transient: a read may be retried.</summary>
    Unavailable,

    /// <summary>The partner did not answer in time. Transient, but a write may have happened: retry only with the same idempotency key.</summary>
    Timeout,

    /// <summary>The partner rejected the request as malformed or incomplete. Retrying the same request will fail again.</summary>
    InvalidRequest,

    /// <summary>The partner refused the credentials. Fix the settings; retrying will fail again.</summary>
    Unauthorized,

    /// <summary>The plugin broke its contract: it threw, returned nothing, or answered something unusable. A defect to report to its publisher; not retried.</summary>
    PluginFault,
}

/// <summary>A partner's refusal.</summary>
/// <param name="Code">The partner's reason code, as it sent it (e.g. an X12 AAA reject reason or a denial code), or a plugin-defined code.</param>
/// <param name="Reason">The reason in words, for the coordinator.</param>
/// <param name="Reference">The partner's reference for the refused request, when it keeps one (needed to appeal a denial).</param>
public sealed record PartnerDecline(string Code, string Reason, string? Reference = null);

/// <summary>A request the partner accepted for a later decision.</summary>
/// <param name="Reference">The partner's tracking reference, to inquire with and to match the later outcome event.</param>
/// <param name="Message">What the partner said about the wait, e.g. "sent to medical review".</param>
/// <param name="ExpectedBy">When the partner expects to decide, if it says.</param>
public sealed record PartnerPending(string Reference, string? Message = null, DateTimeOffset? ExpectedBy = null);

/// <summary>A call that got no answer from the partner.</summary>
/// <param name="Category">Why, which decides whether retrying can help.</param>
/// <param name="Message">What happened, for an administrator; never secrets or patient data.</param>
public sealed record PartnerFailure(PartnerFailureCategory Category, string Message);
