namespace Platform.Sdk.Testing.Samples;

/// <summary>
/// One method of a capability called with a valid sample request. <see cref="Prepare"/> makes what the
/// call needs first (a booking to cancel) on a working instance; <see cref="Invoke"/> is the call under test,
/// and runs the plugin's method synchronously up to the point it hands back its task.
/// </summary>
internal sealed record SampleCall(
    string Name,
    bool IsWrite,
    bool MayPend,
    Func<IPartnerCapability, Task<string>> Prepare,
    Func<IPartnerCapability, string, IdempotencyKey, CancellationToken, Task<PartnerResult>> Invoke,
    Func<PartnerResult, string, string?> CheckValue)
{
    /// <summary>The reference given to calls about an earlier one when nothing was prepared (the partner answers NOT_FOUND, after asking).</summary>
    public const string UnknownReference = "KIT-UNKNOWN-0001";

    public static SampleCall Read<TCapability, T>(string name, Func<TCapability, CancellationToken, Task<PartnerResult<T>>> call, Func<T, string?>? check = null, bool mayPend = false)
        where TCapability : IPartnerCapability =>
        new(name, false, mayPend, NothingToPrepare, (c, _, _, ct) => Widen(call((TCapability)c, ct)), Checker<T>(check is null ? null : (v, _) => check(v)));

    public static SampleCall ReadAbout<TCapability, T>(string name, Func<TCapability, Task<string>> prepare, Func<TCapability, string, CancellationToken, Task<PartnerResult<T>>> call, Func<T, string, string?>? check = null, bool mayPend = false)
        where TCapability : IPartnerCapability =>
        new(name, false, mayPend, c => prepare((TCapability)c), (c, r, _, ct) => Widen(call((TCapability)c, r, ct)), Checker(check));

    public static SampleCall Write<TCapability, T>(string name, Func<TCapability, IdempotencyKey, CancellationToken, Task<PartnerResult<T>>> call, Func<T, string?>? check = null, bool mayPend = false)
        where TCapability : IPartnerCapability =>
        new(name, true, mayPend, NothingToPrepare, (c, _, k, ct) => Widen(call((TCapability)c, k, ct)), Checker<T>(check is null ? null : (v, _) => check(v)));

    public static SampleCall WriteAbout<TCapability, T>(string name, Func<TCapability, Task<string>> prepare, Func<TCapability, string, IdempotencyKey, CancellationToken, Task<PartnerResult<T>>> call, Func<T, string, string?>? check = null, bool mayPend = false)
        where TCapability : IPartnerCapability =>
        new(name, true, mayPend, c => prepare((TCapability)c), (c, r, k, ct) => Widen(call((TCapability)c, r, k, ct)), Checker(check));

    /// <summary>The reference a successful or pended earlier call produced, or <see cref="UnknownReference"/>.</summary>
    public static async Task<string> ReferenceOf<T>(Task<PartnerResult<T>> call, Func<T, string> reference)
    {
        var result = await call.ConfigureAwait(false);
        return result.TryGetValue(out var value) ? reference(value) : result.Pending?.Reference ?? UnknownReference;
    }

    private static Task<string> NothingToPrepare(IPartnerCapability capability) => Task.FromResult(UnknownReference);

    private static async Task<PartnerResult> Widen<T>(Task<PartnerResult<T>> call) => await call.ConfigureAwait(false);

    private static Func<PartnerResult, string, string?> Checker<T>(Func<T, string, string?>? check) =>
        (result, reference) => check is not null && result is PartnerResult<T> { IsSuccess: true, Value: { } value } ? check(value, reference) : null;
}
