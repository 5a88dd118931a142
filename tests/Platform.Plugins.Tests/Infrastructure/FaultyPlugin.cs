using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests.Infrastructure;

public enum Fault
{
    None,
    Throw,
    HangIgnoringCancellation,
    HangHonouringCancellation,
    BlockThread,
    NullResult,
    NullTask,
    UnavailableThenSucceed,
    ThrowInConfigure,
    RegisterNothing,
}

/// <summary>A built-in plugin that misbehaves as its <c>Fault</c> setting says, and counts the calls that reached it.</summary>
public sealed class FaultyPlugin(FaultLog log) : IPartnerPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        var settings = builder.AddSettings<FaultySettings>();
        if (settings.Fault == Fault.ThrowInConfigure)
        {
            throw new InvalidOperationException("certificate store locked");
        }

        if (settings.Fault != Fault.RegisterNothing)
        {
            builder.Services.AddSingleton(log);
            builder.AddCapability<IInsurer, FaultyInsurer>();
        }
    }
}

public sealed record FaultySettings(Fault Fault, int Failures = 2);

/// <summary>Counts calls; releases threads a <see cref="Fault.BlockThread"/> plugin holds when disposed.</summary>
public sealed class FaultLog : IDisposable
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    internal ManualResetEventSlim Blocked { get; } = new();

    public int CallsTo(string partnerId) => _calls.GetValueOrDefault(partnerId);

    internal int Called(string partnerId) => _calls.AddOrUpdate(partnerId, 1, (_, calls) => calls + 1);

    public void Dispose()
    {
        Blocked.Set();
        Blocked.Dispose();
    }
}

internal sealed class FaultyInsurer(FaultySettings settings, FaultLog log, PartnerInstance partner) : IInsurer
{
    public Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken) =>
        settings.Fault == Fault.None ? Task.FromResult(PartnerHealth.Healthy()) : new TaskCompletionSource<PartnerHealth>().Task;

    public Task<PartnerResult<EligibilityResponse>> CheckEligibilityAsync(EligibilityRequest request, CancellationToken cancellationToken) =>
        Behave(new EligibilityResponse(true, "Faulty plan", null, []), cancellationToken)!;

    public Task<PartnerResult<PriorAuthorizationDecision>> SubmitPriorAuthorizationAsync(PriorAuthorizationRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        Behave(new PriorAuthorizationDecision($"PA-{idempotencyKey}", PriorAuthorizationStatus.Approved, "AUTH-1", null, []), cancellationToken)!;

    public Task<PartnerResult<PriorAuthorizationDecision>> InquirePriorAuthorizationAsync(string reference, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PartnerResult<GuaranteeOfPayment>> RequestGuaranteeOfPaymentAsync(GuaranteeOfPaymentRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PartnerResult<ClaimAcknowledgement>> SubmitClaimAsync(ClaimSubmission claim, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PartnerResult<ClaimStatus>> GetClaimStatusAsync(string claimReference, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PartnerResult<AppealAcknowledgement>> SubmitAppealAsync(AppealRequest appeal, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) => throw new NotSupportedException();

    private Task<PartnerResult<T>>? Behave<T>(T value, CancellationToken cancellationToken)
    {
        var call = log.Called(partner.PartnerId);
        switch (settings.Fault)
        {
            case Fault.Throw:
                throw new InvalidOperationException("connection pool exhausted");
            case Fault.HangIgnoringCancellation:
                return new TaskCompletionSource<PartnerResult<T>>().Task;
            case Fault.HangHonouringCancellation:
                return HangAsync(value, cancellationToken);
            case Fault.BlockThread:
                log.Blocked.Wait(TimeSpan.FromSeconds(30), CancellationToken.None); // a plugin that blocks ignores its token
                return Task.FromResult(PartnerResult.Success(value));
            case Fault.NullResult:
                return Task.FromResult<PartnerResult<T>>(null!);
            case Fault.NullTask:
                return null;
            case Fault.UnavailableThenSucceed when call <= settings.Failures:
                return Task.FromResult(PartnerResult.Failed<T>(PartnerFailureCategory.Unavailable, "503 from the payor's gateway"));
            default:
                return Task.FromResult(PartnerResult.Success(value));
        }
    }

    private static async Task<PartnerResult<T>> HangAsync<T>(T value, CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return PartnerResult.Success(value);
    }
}
