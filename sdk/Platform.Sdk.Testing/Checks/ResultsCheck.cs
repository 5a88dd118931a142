using System.Text.Json;
using Platform.Sdk.Testing.Samples;

namespace Platform.Sdk.Testing;

/// <summary>The results and idempotency checks: every sample call answers with a well-formed result, and a write retried with its key answers the same.</summary>
public sealed partial class PluginConformance
{
    private static readonly JsonSerializerOptions _fingerprint = new() { WriteIndented = false };

    private async Task<IReadOnlyList<string>> CheckResultsAsync()
    {
        var (instance, problem) = await TryConfigureAsync(_options.Settings, "ConformanceOptions.Settings").ConfigureAwait(false);
        if (instance is null)
        {
            return [problem!];
        }

        await using (instance.ConfigureAwait(false))
        {
            var capability = instance.Capability<IPartnerCapability>(_contract);
            List<string> findings = [];
            foreach (var call in Calls())
            {
                var reference = await call.Prepare(capability).ConfigureAwait(false);
                var (result, thrown) = await CallAsync(call, capability, reference, IdempotencyKey.New(), CancellationToken.None).ConfigureAwait(false);
                findings.AddRange(thrown is not null ? [Threw(call, thrown)] : Shape(call, result!, reference));
            }

            return findings;
        }
    }

    private async Task<IReadOnlyList<string>> CheckIdempotencyAsync()
    {
        var (instance, problem) = await TryConfigureAsync(_options.Settings, "ConformanceOptions.Settings").ConfigureAwait(false);
        if (instance is null)
        {
            return [problem!];
        }

        await using (instance.ConfigureAwait(false))
        {
            var capability = instance.Capability<IPartnerCapability>(_contract);
            List<string> findings = [];
            foreach (var call in Calls().Where(c => c.IsWrite))
            {
                var reference = await call.Prepare(capability).ConfigureAwait(false);
                var key = IdempotencyKey.New();
                var (first, firstThrew) = await CallAsync(call, capability, reference, key, CancellationToken.None).ConfigureAwait(false);
                var (retry, retryThrew) = await CallAsync(call, capability, reference, key, CancellationToken.None).ConfigureAwait(false);
                if ((firstThrew ?? retryThrew) is { } thrown)
                {
                    findings.Add(Threw(call, thrown));
                }
                else if (first!.Kind != PartnerResultKind.Failed && Fingerprint(first) is var before && Fingerprint(retry!) is var after && before != after)
                {
                    findings.Add($"{call.Name}: retried with the same idempotency key it answered {retry} ({after}) after {first} ({before}); a retry must act once and return the first answer");
                }
            }

            return findings;
        }
    }

    private static async Task<(PartnerResult? Result, Exception? Thrown)> CallAsync(SampleCall call, IPartnerCapability capability, string reference, IdempotencyKey key, CancellationToken cancellationToken)
    {
        try
        {
            return (await call.Invoke(capability, reference, key, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, e);
        }
    }

    private static string Threw(SampleCall call, Exception e) =>
        $"{call.Name} threw {e.GetType().Name} ({e.Message}); answer with a PartnerResult (Declined for a refusal, Failed with a category when the partner gives no answer)";

    /// <summary>The rules of <see cref="PartnerResult"/> the type itself cannot enforce, and what the contract allows for this call.</summary>
    private static IEnumerable<string> Shape(SampleCall call, PartnerResult result, string reference)
    {
        switch (result.Kind)
        {
            case PartnerResultKind.Declined when string.IsNullOrWhiteSpace(result.Decline!.Code) || string.IsNullOrWhiteSpace(result.Decline.Reason):
                yield return $"{call.Name}: Declined without a code and a reason ({result}); give the partner's reason code and the reason in words";
                break;
            case PartnerResultKind.Pending when !call.MayPend:
                yield return $"{call.Name}: answered Pending, which its contract does not allow; wait for the answer or return Failed";
                break;
            case PartnerResultKind.Pending when string.IsNullOrWhiteSpace(result.Pending!.Reference):
                yield return $"{call.Name}: Pending without a reference; the host needs one to match the later outcome";
                break;
            case PartnerResultKind.Failed when result.Failure!.Category == PartnerFailureCategory.PluginFault:
                yield return $"{call.Name}: Failed with category PluginFault, which is the host's verdict on a plugin; name the partner's failure (Unavailable, Timeout, InvalidRequest, Unauthorized)";
                break;
            case PartnerResultKind.Failed when string.IsNullOrWhiteSpace(result.Failure!.Message):
                yield return $"{call.Name}: Failed without a message; say what happened, for an administrator";
                break;
            case PartnerResultKind.Failed:
                yield return $"{call.Name}: a valid sample request with working settings Failed ({result}); the kit expects an answer from the partner";
                break;
            case PartnerResultKind.Success when call.CheckValue(result, reference) is { } wrong:
                yield return $"{call.Name}: {wrong}";
                break;
        }
    }

    /// <summary>What a retry must repeat: the outcome and, for a success, the whole answer.</summary>
    private static string Fingerprint(PartnerResult result) => result.Kind switch
    {
        PartnerResultKind.Success => JsonSerializer.Serialize(result, result.GetType(), _fingerprint),
        PartnerResultKind.Declined => $"Declined {result.Decline!.Code} {result.Decline.Reference}",
        PartnerResultKind.Pending => $"Pending {result.Pending!.Reference}",
        _ => $"Failed {result.Failure!.Category}",
    };
}
