namespace Platform.Plugins;

/// <summary>
/// The resilience around every call to one partner, outermost first: total timeout, retry, circuit
/// breaker, attempt timeout, concurrency limit.
/// </summary>
/// <remarks>
/// The retry rule: a call is retried only when repeating it cannot act twice. Reads (methods without an
/// <c>IdempotencyKey</c>) repeat freely. Writes carry an <c>IdempotencyKey</c> that the plugin must pass to
/// the partner (or honour itself), so a retried write with the same key acts at most once; the host refuses a
/// write whose key is missing before it reaches the plugin. Only transient failures are retried: timeouts,
/// an unreachable partner, and results the plugin reports as <c>Unavailable</c> or <c>Timeout</c>. A partner's
/// refusal, a pending decision, an invalid request, refused credentials and plugin faults are never retried.
/// </remarks>
public sealed class PartnerResilienceOptions
{
    /// <summary>The most one call may take, retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most one attempt may take. A plugin that ignores cancellation is abandoned at this point.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt for a transient failure; 0 turns retries off.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The wait before the first retry; it doubles each time, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The share of failed calls, within <see cref="BreakerSamplingDuration"/>, that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The calls needed within the sampling window before the ratio counts (at least 2).</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The window over which failures are counted (at least half a second).</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before letting one through to test the partner (at least half a second).</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most calls in the plugin at once. A call the plugin never finishes keeps its slot, so a hanging partner cannot use up the host's threads.</summary>
    public int MaxConcurrentCalls { get; set; } = 16;

    internal IEnumerable<string> Problems()
    {
        static bool Within(TimeSpan value, double minSeconds, double maxSeconds) => value.TotalSeconds >= minSeconds && value.TotalSeconds <= maxSeconds;

        if (!Within(TotalTimeout, 0.01, 86400))
        {
            yield return $"Resilience:TotalTimeout is {TotalTimeout}; use between 00:00:00.010 and 1.00:00:00";
        }

        if (!Within(AttemptTimeout, 0.01, 86400))
        {
            yield return $"Resilience:AttemptTimeout is {AttemptTimeout}; use between 00:00:00.010 and 1.00:00:00";
        }

        if (MaxRetries is < 0 or > 10)
        {
            yield return $"Resilience:MaxRetries is {MaxRetries}; use 0 to 10";
        }

        if (!Within(RetryDelay, 0, 3600))
        {
            yield return $"Resilience:RetryDelay is {RetryDelay}; use between 00:00:00 and 01:00:00";
        }

        if (BreakerFailureRatio is <= 0 or > 1)
        {
            yield return $"Resilience:BreakerFailureRatio is {BreakerFailureRatio}; use more than 0 and at most 1";
        }

        if (BreakerMinimumThroughput < 2)
        {
            yield return $"Resilience:BreakerMinimumThroughput is {BreakerMinimumThroughput}; use at least 2";
        }

        if (!Within(BreakerSamplingDuration, 0.5, 86400) || !Within(BreakDuration, 0.5, 86400))
        {
            yield return "Resilience:BreakerSamplingDuration and BreakDuration must be between 00:00:00.500 and 1.00:00:00";
        }

        if (MaxConcurrentCalls is < 1 or > 10_000)
        {
            yield return $"Resilience:MaxConcurrentCalls is {MaxConcurrentCalls}; use 1 to 10000";
        }
    }
}
