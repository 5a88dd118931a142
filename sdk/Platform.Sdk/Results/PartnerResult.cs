using System.Diagnostics.CodeAnalysis;

namespace Platform.Sdk;

/// <summary>
/// The outcome of a partner call, without its value: success, a partner's refusal, pending with a
/// reference, or failure by category. See <see cref="PartnerResult{T}"/> for the value.
/// </summary>
public abstract class PartnerResult
{
    private protected PartnerResult(PartnerResultKind kind, PartnerDecline? decline, PartnerPending? pending, PartnerFailure? failure)
    {
        Kind = kind;
        Decline = decline;
        Pending = pending;
        Failure = failure;
    }

    /// <summary>How the call ended.</summary>
    public PartnerResultKind Kind { get; }

    /// <summary>The refusal, when <see cref="Kind"/> is <see cref="PartnerResultKind.Declined"/>.</summary>
    public PartnerDecline? Decline { get; }

    /// <summary>The tracking reference, when <see cref="Kind"/> is <see cref="PartnerResultKind.Pending"/>.</summary>
    public PartnerPending? Pending { get; }

    /// <summary>The failure, when <see cref="Kind"/> is <see cref="PartnerResultKind.Failed"/>.</summary>
    public PartnerFailure? Failure { get; }

    /// <summary>Whether the partner did what was asked.</summary>
    public bool IsSuccess => Kind == PartnerResultKind.Success;

    /// <summary>A successful result.</summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="value">The partner's answer.</param>
    /// <returns>The result.</returns>
    public static PartnerResult<T> Success<T>(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(PartnerResultKind.Success, value, null, null, null);
    }

    /// <summary>A partner's refusal.</summary>
    /// <typeparam name="T">The answer's type, had the partner accepted.</typeparam>
    /// <param name="code">The partner's reason code.</param>
    /// <param name="reason">The reason in words.</param>
    /// <param name="reference">The partner's reference for the refused request, if any.</param>
    /// <returns>The result.</returns>
    public static PartnerResult<T> Declined<T>(string code, string reason, string? reference = null) =>
        new(PartnerResultKind.Declined, default, new PartnerDecline(code, reason, reference), null, null);

    /// <summary>A request the partner will decide later.</summary>
    /// <typeparam name="T">The answer's type, once decided.</typeparam>
    /// <param name="reference">The partner's tracking reference.</param>
    /// <param name="message">What the partner said about the wait.</param>
    /// <param name="expectedBy">When the partner expects to decide.</param>
    /// <returns>The result.</returns>
    public static PartnerResult<T> Pended<T>(string reference, string? message = null, DateTimeOffset? expectedBy = null) =>
        new(PartnerResultKind.Pending, default, null, new PartnerPending(reference, message, expectedBy), null);

    /// <summary>A call that got no usable answer.</summary>
    /// <typeparam name="T">The answer's type, had there been one.</typeparam>
    /// <param name="category">Why.</param>
    /// <param name="message">What happened, for an administrator.</param>
    /// <returns>The result.</returns>
    public static PartnerResult<T> Failed<T>(PartnerFailureCategory category, string message) =>
        new(PartnerResultKind.Failed, default, null, null, new PartnerFailure(category, message));

    /// <summary>Describes the outcome (without the value), for logs and test failures.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        PartnerResultKind.Success => "Success",
        PartnerResultKind.Declined => $"Declined ({Decline!.Code}): {Decline.Reason}",
        PartnerResultKind.Pending => $"Pending ({Pending!.Reference})",
        _ => $"Failed ({Failure!.Category}): {Failure.Message}",
    };
}

/// <summary>The outcome of a partner call with, on success, the partner's answer.</summary>
/// <typeparam name="T">The answer's type.</typeparam>
public sealed class PartnerResult<T> : PartnerResult
{
    internal PartnerResult(PartnerResultKind kind, T? value, PartnerDecline? decline, PartnerPending? pending, PartnerFailure? failure)
        : base(kind, decline, pending, failure) => Value = value;

    /// <summary>The partner's answer, when <see cref="PartnerResult.IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The answer, or an exception naming the outcome when there is none.</summary>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">The call did not succeed.</exception>
    public T GetValueOrThrow() => IsSuccess && Value is not null ? Value : throw new InvalidOperationException($"The partner call did not succeed: {this}");

    /// <summary>Whether the call succeeded, and its answer.</summary>
    /// <param name="value">The answer, when the call succeeded.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = Value;
        return IsSuccess && value is not null;
    }
}
