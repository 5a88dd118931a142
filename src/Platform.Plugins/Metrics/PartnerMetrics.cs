using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Platform.Sdk;

namespace Platform.Plugins;

/// <summary>
/// Per-partner call metrics, recorded by the resilience pipeline for every call: counts by outcome and
/// failure category, and latency percentiles over a sliding window (<see cref="PluginsOptions.MetricsWindow"/>).
/// The same figures go to the <c>Platform.Plugins</c> meter (<c>platform.partner.calls</c>,
/// <c>platform.partner.call.duration</c>) for an OpenTelemetry exporter.
/// </summary>
public sealed class PartnerMetrics : IDisposable
{
    /// <summary>The meter's name, for exporters to listen to.</summary>
    public const string MeterName = "Platform.Plugins";

    private readonly ConcurrentDictionary<string, PartnerCallFigures> _partners = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;
    private readonly IOptionsMonitor<PluginsOptions> _options;
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _calls;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the metrics store.</summary>
    /// <param name="time">The clock calls are timed and windowed with.</param>
    /// <param name="options">Where the window comes from.</param>
    public PartnerMetrics(TimeProvider time, IOptionsMonitor<PluginsOptions> options)
    {
        _time = time;
        _options = options;
        _calls = _meter.CreateCounter<long>("platform.partner.calls", description: "Partner calls by partner, operation and outcome.");
        _duration = _meter.CreateHistogram<double>("platform.partner.call.duration", unit: "ms", description: "How long partner calls took, as their callers saw it.");
    }

    /// <summary>The figures of one partner; zeros for a partner not yet called.</summary>
    /// <param name="partnerId">The hospital's id for the partner.</param>
    /// <returns>The snapshot.</returns>
    public PartnerMetricsSnapshot For(string partnerId) =>
        _partners.TryGetValue(partnerId, out var figures) ? figures.Snapshot(partnerId, Window, _time.GetUtcNow())
            : new PartnerMetricsSnapshot(partnerId, null, 0, 0, 0, 0, 0, new Dictionary<PartnerFailureCategory, long>(), Window, 0, null, null, null);

    /// <summary>Every partner called so far.</summary>
    public IReadOnlyList<PartnerMetricsSnapshot> All => [.. _partners.Keys.Order(StringComparer.Ordinal).Select(For)];

    private TimeSpan Window => _options.CurrentValue.MetricsWindow;

    /// <inheritdoc/>
    public void Dispose() => _meter.Dispose();

    /// <summary>Counts one ended call; <paramref name="result"/> is null when the caller cancelled it.</summary>
    internal void Record(string partnerId, string operation, PartnerResult? result, TimeSpan elapsed)
    {
        var now = _time.GetUtcNow();
        _partners.GetOrAdd(partnerId, _ => new PartnerCallFigures(now)).Add(result, elapsed, now, Window);
        var outcome = result switch
        {
            null => "cancelled",
            { Failure: { } failure } => $"failed:{failure.Category}",
            _ => result.Kind.ToString(),
        };
        KeyValuePair<string, object?>[] tags = [new("partner", partnerId), new("operation", operation), new("outcome", outcome)];
        _calls.Add(1, tags);
        _duration.Record(elapsed.TotalMilliseconds, tags);
    }

    /// <summary>One partner's counters and its window of latencies, changed under one lock.</summary>
    private sealed class PartnerCallFigures(DateTimeOffset since)
    {
        private const int MaxSamples = 4096;
        private readonly Lock _lock = new();
        private readonly Queue<(DateTimeOffset At, TimeSpan Elapsed)> _samples = new();
        private readonly Dictionary<PartnerFailureCategory, long> _failures = [];
        private long _calls;
        private long _succeeded;
        private long _declined;
        private long _pending;
        private long _cancelled;

        public void Add(PartnerResult? result, TimeSpan elapsed, DateTimeOffset now, TimeSpan window)
        {
            lock (_lock)
            {
                _calls++;
                switch (result?.Kind)
                {
                    case null: _cancelled++; break;
                    case PartnerResultKind.Success: _succeeded++; break;
                    case PartnerResultKind.Declined: _declined++; break;
                    case PartnerResultKind.Pending: _pending++; break;
                    default: _failures[result.Failure!.Category] = _failures.GetValueOrDefault(result.Failure.Category) + 1; break;
                }

                _samples.Enqueue((now, elapsed));
                Trim(now, window);
            }
        }

        public PartnerMetricsSnapshot Snapshot(string partnerId, TimeSpan window, DateTimeOffset now)
        {
            lock (_lock)
            {
                Trim(now, window);
                var sorted = _samples.Select(s => s.Elapsed).Order().ToArray();
                return new PartnerMetricsSnapshot(partnerId, since, _calls, _succeeded, _declined, _pending, _cancelled, new Dictionary<PartnerFailureCategory, long>(_failures), window, sorted.Length,
                    Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
            }
        }

        /// <summary>Nearest-rank percentile: the smallest sample with at least that share of samples at or below it.</summary>
        private static TimeSpan? Percentile(TimeSpan[] sorted, double share) =>
            sorted.Length == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Length) - 1)];

        private void Trim(DateTimeOffset now, TimeSpan window)
        {
            while (_samples.Count > 0 && (_samples.Count > MaxSamples || _samples.Peek().At < now - window))
            {
                _samples.Dequeue();
            }
        }
    }
}
