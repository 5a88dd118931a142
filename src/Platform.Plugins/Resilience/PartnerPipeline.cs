using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Platform.Plugins.Resilience;

/// <summary>Builds one partner's Polly pipeline: total timeout, retry, circuit breaker, attempt timeout (outermost first).</summary>
internal static class PartnerPipeline
{
    public static ResiliencePipeline Create(string partnerId, PartnerResilienceOptions options, TimeProvider time, CircuitBreakerStateProvider circuit)
    {
        var builder = new ResiliencePipelineBuilder { Name = $"partner:{partnerId}", TimeProvider = time }
            .AddTimeout(new TimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(PartnerFaults.IsTransient(args.Outcome)),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakDuration,
                StateProvider = circuit,
                ShouldHandle = args => ValueTask.FromResult(PartnerFaults.CountsAgainstPartner(args.Outcome)),
            })
            .AddTimeout(new TimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout })
            .Build();
    }
}
