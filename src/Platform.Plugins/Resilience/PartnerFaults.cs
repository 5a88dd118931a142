using System.Net;
using System.Net.Sockets;
using Platform.Sdk;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Platform.Plugins.Resilience;

/// <summary>Sorts what can go wrong in a partner call: what is retried, what opens the circuit, and which failure category a thrown exception becomes.</summary>
internal static class PartnerFaults
{
    public static bool IsTransient(Outcome<object> outcome) => outcome.Exception switch
    {
        null => outcome.Result is PartnerResult { Failure.Category: PartnerFailureCategory.Unavailable or PartnerFailureCategory.Timeout },
        TimeoutRejectedException or TimeoutException or IOException or SocketException => true,
        HttpRequestException http => http.StatusCode is null or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError,
        _ => false,
    };

    public static bool CountsAgainstPartner(Outcome<object> outcome) => outcome.Exception switch
    {
        null => outcome.Result is PartnerResult { Failure.Category: PartnerFailureCategory.Unavailable or PartnerFailureCategory.Timeout or PartnerFailureCategory.PluginFault },
        OperationCanceledException => false,
        _ => true,
    };

    public static PartnerFailure Describe(Exception exception, string partnerId, string pluginId) => exception switch
    {
        TimeoutRejectedException t => new(PartnerFailureCategory.Timeout, $"Partner '{partnerId}' did not answer within {t.Timeout}."),
        BrokenCircuitException b => new(PartnerFailureCategory.Unavailable, $"Partner '{partnerId}' is not being called after repeated failures (circuit open){(b.RetryAfter is { } after ? $"; the next try is allowed in {after:c}" : string.Empty)}."),
        HttpRequestException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } h => new(PartnerFailureCategory.Unauthorized, $"Partner '{partnerId}' refused the credentials ({(int)h.StatusCode!}); check its settings."),
        HttpRequestException { StatusCode: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError and not HttpStatusCode.RequestTimeout and not HttpStatusCode.TooManyRequests } h => new(PartnerFailureCategory.InvalidRequest, $"Partner '{partnerId}' rejected the request ({(int)h.StatusCode!}): {h.Message}"),
        HttpRequestException or IOException or SocketException => new(PartnerFailureCategory.Unavailable, $"Partner '{partnerId}' could not be reached: {exception.Message}"),
        TimeoutException or OperationCanceledException => new(PartnerFailureCategory.Timeout, $"Partner '{partnerId}' timed out: {exception.Message}"),
        ObjectDisposedException => new(PartnerFailureCategory.Unavailable, $"Partner '{partnerId}' was reconfigured or unloaded during the call; try again."),
        PluginContractException => new(PartnerFailureCategory.PluginFault, $"Plugin '{pluginId}' {exception.Message} (partner '{partnerId}'); report this to its publisher."),
        _ => new(PartnerFailureCategory.PluginFault, $"Plugin '{pluginId}' threw {exception.GetType().Name}: {exception.Message} (partner '{partnerId}')."),
    };
}
