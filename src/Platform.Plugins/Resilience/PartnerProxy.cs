using System.Reflection;
using Platform.Sdk;

namespace Platform.Plugins.Resilience;

/// <summary>
/// The object <see cref="PartnerRegistry.Resolve{TCapability}"/> returns: implements the capability
/// contract and sends every call through <see cref="PartnerCalls"/>. It holds the partner's id, never the
/// plugin's objects, so it survives reloads and never keeps an unloaded plugin alive.
/// </summary>
#pragma warning disable CA1852 // DispatchProxy derives a generated type from this class, so it cannot be sealed.
internal class PartnerProxy : DispatchProxy
#pragma warning restore CA1852
{
    private PartnerCalls? _calls;
    private string _partnerId = string.Empty;

    public static TCapability Create<TCapability>(PartnerCalls calls, string partnerId)
        where TCapability : class, IPartnerCapability
    {
        var proxy = DispatchProxy.Create<TCapability, PartnerProxy>();
        var self = (PartnerProxy)(object)proxy;
        self._calls = calls;
        self._partnerId = partnerId;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var shape = CallShape.Of(targetMethod);
        return shape.IsHealthCheck
            ? _calls!.CheckHealthAsync(_partnerId, shape.CancellationToken(args ?? []))
            : shape.Call(_calls!, _partnerId, args ?? []);
    }

    /// <summary>Names the partner, for logs and debugging.</summary>
    public override string ToString() => $"Partner '{_partnerId}'";
}
