using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Platform.Plugins.Partners;
using Platform.Sdk;
using Polly;

namespace Platform.Plugins.Resilience;

/// <summary>
/// Makes one call to a partner: through its resilience pipeline and call gate, with the plugin's
/// exceptions, hangs and nulls turned into <see cref="PartnerResult{T}"/> failures.
/// </summary>
internal sealed partial class PartnerCalls(TimeProvider time, PartnerMetrics metrics, ILogger<PartnerCalls> logger)
{
    private PartnerRegistry? _registry;

    public PartnerMetrics Metrics { get; } = metrics;

    public void Attach(PartnerRegistry registry) => _registry = registry;

    /// <summary>Makes the call and counts it in the partner's metrics, with the time the caller waited (retries included).</summary>
    public async Task<PartnerResult<T>> CallAsync<T>(string partnerId, CallShape shape, object?[] arguments)
    {
        var started = time.GetTimestamp();
        PartnerResult<T>? result = null;
        try
        {
            result = await CallOnceAsync<T>(partnerId, shape, arguments);
            return result;
        }
        finally
        {
            // A call that ends in an exception was cancelled by its caller (everything else becomes a result).
            Metrics.Record(partnerId, shape.Method.Name, result, time.GetElapsedTime(started));
        }
    }

    private async Task<PartnerResult<T>> CallOnceAsync<T>(string partnerId, CallShape shape, object?[] arguments)
    {
        var callerToken = shape.CancellationToken(arguments);
        if (shape.IsWrite && string.IsNullOrEmpty(shape.IdempotencyKey(arguments).ToString()))
        {
            return PartnerResult.Failed<T>(PartnerFailureCategory.InvalidRequest, $"{shape.Method.Name} writes and was called without an idempotency key; the host refuses such calls so that a retry can never act twice.");
        }

        var slot = _registry!.Slot(partnerId);
        if (slot?.Active is not { } partner)
        {
            return PartnerResult.Failed<T>(PartnerFailureCategory.Unavailable, Unavailable(partnerId, slot));
        }

        var context = ResilienceContextPool.Shared.Get(callerToken);
        try
        {
            var outcome = await partner.Pipeline.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        var result = await state.Partner.Gate.RunAsync(token => state.Shape.Invoke<T>(state.Partner.Capability, state.Arguments, token), ctx.CancellationToken);
                        return Outcome.FromResult(result ?? throw new PluginContractException($"returned a null {typeof(PartnerResult<T>).Name}"));
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        return Outcome.FromException<PartnerResult<T>>(e);
                    }
                },
                context,
                (Partner: partner, Shape: shape, Arguments: arguments));

            if (outcome.Exception is OperationCanceledException && callerToken.IsCancellationRequested)
            {
                ExceptionDispatchInfo.Throw(outcome.Exception);
            }

            var result = outcome.Exception is { } exception
                ? FailureOf<T>(PartnerFaults.Describe(exception, partnerId, partner.Definition.PluginId))
                : outcome.Result!;
            if (result.Failure is { } failure)
            {
                partner.RecordFailure(failure, time.GetUtcNow());
                LogFailure(logger, partnerId, shape.Method.Name, failure.Category, failure.Message);
            }

            return result;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Runs the partner's health check with the attempt timeout, outside retry and circuit breaker.</summary>
    public async Task<PartnerHealth> CheckHealthAsync(string partnerId, CancellationToken cancellationToken)
    {
        var slot = _registry!.Slot(partnerId);
        if (slot?.Active is not { } partner)
        {
            return PartnerHealth.Unhealthy(Unavailable(partnerId, slot));
        }

        var limit = partner.Definition.Resilience.AttemptTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            var capability = (IPartnerCapability)partner.Capability;
            var health = await partner.Gate.RunAsync(capability.CheckHealthAsync, timeout.Token);
            return health ?? PartnerHealth.Unhealthy($"Plugin '{partner.Definition.PluginId}' returned no health (partner '{partnerId}').");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PartnerHealth.Unhealthy($"Partner '{partnerId}' did not answer its health check within {limit}.");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return PartnerHealth.Unhealthy(PartnerFaults.Describe(e, partnerId, partner.Definition.PluginId).Message);
        }
    }

    private static PartnerResult<T> FailureOf<T>(PartnerFailure failure) => PartnerResult.Failed<T>(failure.Category, failure.Message);

    private static string Unavailable(string partnerId, PartnerSlot? slot) => slot switch
    {
        null => $"Partner '{partnerId}' is no longer configured.",
        { State: PartnerState.Disabled } => $"Partner '{partnerId}' is disabled in configuration.",
        { Error: { } error } => error,
        _ => $"Partner '{partnerId}' is not available.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partner {PartnerId} {Operation} failed ({Category}): {Reason}")]
    private static partial void LogFailure(ILogger logger, string partnerId, string operation, PartnerFailureCategory category, string reason);
}
