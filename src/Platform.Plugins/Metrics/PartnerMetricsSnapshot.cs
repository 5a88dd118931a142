using Platform.Sdk;

namespace Platform.Plugins;

/// <summary>
/// One partner's call figures for service-level reporting: counts since the host started (they survive
/// reconfiguration and plugin reloads) and latency percentiles over a sliding window.
/// </summary>
/// <param name="PartnerId">The hospital's id for the partner.</param>
/// <param name="Since">When the first call was counted.</param>
/// <param name="Calls">Calls that ended (cancelled by the caller included).</param>
/// <param name="Succeeded">Calls the partner answered with success.</param>
/// <param name="Declined">Calls the partner refused with a reason.</param>
/// <param name="Pending">Calls the partner accepted for a later outcome.</param>
/// <param name="Cancelled">Calls the caller gave up on.</param>
/// <param name="Failures">Failed calls by category (unavailable, timeout, invalid request, unauthorized, plugin fault); categories without failures are left out.</param>
/// <param name="Window">The span the latency figures cover.</param>
/// <param name="LatencySamples">Calls in the window.</param>
/// <param name="P50">Median latency in the window, as the caller saw it (retries included); null without samples.</param>
/// <param name="P95">95th percentile latency in the window.</param>
/// <param name="P99">99th percentile latency in the window.</param>
public sealed record PartnerMetricsSnapshot(
    string PartnerId,
    DateTimeOffset? Since,
    long Calls,
    long Succeeded,
    long Declined,
    long Pending,
    long Cancelled,
    IReadOnlyDictionary<PartnerFailureCategory, long> Failures,
    TimeSpan Window,
    int LatencySamples,
    TimeSpan? P50,
    TimeSpan? P95,
    TimeSpan? P99)
{
    /// <summary>Failed calls in all categories.</summary>
    public long Failed => Failures.Values.Sum();

    /// <summary>The share of ended calls that failed, 0 to 1; 0 before the first call.</summary>
    public double FailureRatio => Calls == 0 ? 0 : (double)Failed / Calls;
}
