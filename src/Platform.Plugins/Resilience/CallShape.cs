using System.Collections.Concurrent;
using System.Reflection;
using Platform.Sdk;

namespace Platform.Plugins.Resilience;

/// <summary>
/// What the host needs to know about one capability method to call it safely: where its cancellation
/// token and idempotency key are, whether it writes, and its result type. A method that takes an
/// <see cref="IdempotencyKey"/> is a write; every other method is a read (the SDK's contracts are
/// tested to keep that true).
/// </summary>
internal sealed class CallShape
{
    private static readonly ConcurrentDictionary<MethodInfo, CallShape> _shapes = new();
    private static readonly MethodInfo _callAsync = typeof(CallShape).GetMethod(nameof(CallTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly int _tokenIndex;
    private readonly int _keyIndex;
    private readonly Func<PartnerCalls, string, CallShape, object?[], object>? _call;

    private CallShape(MethodInfo method)
    {
        Method = method;
        var parameters = method.GetParameters();
        _tokenIndex = Array.FindIndex(parameters, p => p.ParameterType == typeof(CancellationToken));
        _keyIndex = Array.FindIndex(parameters, p => p.ParameterType == typeof(IdempotencyKey));
        IsHealthCheck = method.ReturnType == typeof(Task<PartnerHealth>);
        if (!IsHealthCheck && ResultType(method) is { } resultType)
        {
            _call = _callAsync.MakeGenericMethod(resultType).CreateDelegate<Func<PartnerCalls, string, CallShape, object?[], object>>();
        }
    }

    public MethodInfo Method { get; }

    public bool IsWrite => _keyIndex >= 0;

    public bool IsHealthCheck { get; }

    public static CallShape Of(MethodInfo method) => _shapes.GetOrAdd(method, m => new CallShape(m));

    /// <summary>The value type T of a method returning <c>Task&lt;PartnerResult&lt;T&gt;&gt;</c>; null for any other shape.</summary>
    public static Type? ResultType(MethodInfo method) =>
        method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
        && method.ReturnType.GetGenericArguments()[0] is { IsGenericType: true } result && result.GetGenericTypeDefinition() == typeof(PartnerResult<>)
            ? result.GetGenericArguments()[0]
            : null;

    public CancellationToken CancellationToken(object?[] arguments) => _tokenIndex >= 0 && arguments[_tokenIndex] is CancellationToken token ? token : default;

    public IdempotencyKey IdempotencyKey(object?[] arguments) => _keyIndex >= 0 && arguments[_keyIndex] is IdempotencyKey key ? key : default;

    /// <summary>Starts the call on the proxy's behalf: a Task of the method's own result type.</summary>
    public object Call(PartnerCalls calls, string partnerId, object?[] arguments) =>
        _call?.Invoke(calls, partnerId, this, arguments)
        ?? throw new NotSupportedException($"{Method.DeclaringType?.Name}.{Method.Name} does not return Task<PartnerResult<T>>; capability methods must.");

    /// <summary>Invokes the plugin's implementation with the pipeline's token in place of the caller's.</summary>
    public Task<PartnerResult<T>>? Invoke<T>(object target, object?[] arguments, CancellationToken token)
    {
        var copy = (object?[])arguments.Clone();
        if (_tokenIndex >= 0)
        {
            copy[_tokenIndex] = token;
        }

        return (Task<PartnerResult<T>>?)Method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, copy, null);
    }

    private static Task<PartnerResult<T>> CallTyped<T>(PartnerCalls calls, string partnerId, CallShape shape, object?[] arguments) =>
        calls.CallAsync<T>(partnerId, shape, arguments);
}
