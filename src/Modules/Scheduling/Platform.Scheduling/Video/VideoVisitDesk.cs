using Microsoft.Extensions.Options;
using Platform.Kernel.Messaging;
using Platform.Plugins;
using Platform.Scheduling.Appointments;
using Platform.Sdk;
using Platform.Sdk.Video;

namespace Platform.Scheduling.Video;

/// <summary>
/// Arranges and closes video visits with the enabled video-visits partner. Called only outside
/// database transactions: a partner call is slow and can fail.
/// </summary>
internal sealed class VideoVisitDesk(PartnerRegistry registry, IOptions<SchedulingOptions> options)
{
    public const string NoProvider = "NO_VIDEO_PROVIDER";
    public const string Declined = "VIDEO_PROVIDER_DECLINED";
    public const string Unavailable = "VIDEO_PROVIDER_UNAVAILABLE";

    /// <summary>The partner that hosts telehealth now, or null when none is active.</summary>
    public string? ActivePartnerId()
    {
        var active = registry.Partners.Where(p => p.Capability == PartnerCapabilities.VideoVisits && p.State == PartnerState.Active).ToList();
        return options.Value.VideoPartner is { Length: > 0 } chosen
            ? active.FirstOrDefault(p => string.Equals(p.PartnerId, chosen, StringComparison.OrdinalIgnoreCase))?.PartnerId
            : active.OrderBy(p => p.PartnerId, StringComparer.Ordinal).FirstOrDefault()?.PartnerId;
    }

    /// <summary>Opens the visit room; the appointment's id is the idempotency key, so a retried booking gets the same room.</summary>
    public async Task<VideoFacts> OpenAsync(Guid appointmentId, VideoVisitRequest request, CancellationToken cancellationToken)
    {
        var partnerId = ActivePartnerId() ?? throw new BusinessRuleException(
            NoProvider,
            "No video-visits partner is enabled (Partners configuration, capability video-visits), so telehealth has no join link: enable one, or type the link in joinLink.");
        var provider = registry.Resolve<IVideoVisitProvider>(partnerId);
        var result = await provider.CreateVisitAsync(request, new IdempotencyKey($"appointment-{appointmentId:N}-visit"), cancellationToken);
        if (result.TryGetValue(out var visit))
        {
            return new VideoFacts(partnerId, visit.VisitId, visit.PatientJoinUrl.ToString(), visit.ClinicianJoinUrl.ToString(), visit.ValidFrom, visit.ValidUntil);
        }

        throw result.Kind == PartnerResultKind.Declined
            ? new BusinessRuleException(Declined, $"Video partner '{partnerId}' declined the visit ({result.Decline!.Code}): {result.Decline.Reason}. Nothing was booked.")
            : new BusinessRuleException(Unavailable, $"Video partner '{partnerId}' could not open the visit ({result}). Nothing was booked; try again, or type a join link.");
    }

    /// <summary>Closes a visit room; false when the partner declined (it no longer knows the visit).</summary>
    public async Task<PartnerResult> CloseAsync(string partnerId, string visitId, Guid appointmentId, string reason, CancellationToken cancellationToken)
    {
        var provider = registry.Resolve<IVideoVisitProvider>(partnerId);
        return await provider.CancelVisitAsync(visitId, reason, new IdempotencyKey($"appointment-{appointmentId:N}-visit-cancel"), cancellationToken);
    }
}
