namespace Platform.Sdk.Video;

/// <summary>
/// A video-visit provider (telehealth): opens a private visit room for one appointment and gives
/// separate join links to the patient and the clinician, valid around the appointment's time, and
/// closes the room when the appointment is cancelled. Added in SDK 1.1.0.
/// </summary>
[PartnerCapability(PartnerCapabilities.VideoVisits)]
public interface IVideoVisitProvider : IPartnerCapability
{
    /// <summary>Opens a visit room for an appointment.</summary>
    /// <param name="visit">The appointment the room is for.</param>
    /// <param name="idempotencyKey">Identifies this room across retries: the same key answers the same room.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the room and its join links; Declined when the provider cannot host it (code <c>NO_CAPACITY</c>, <c>OUTSIDE_HOURS</c>, or its own).</returns>
    Task<PartnerResult<VideoVisit>> CreateVisitAsync(VideoVisitRequest visit, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Closes a visit room: its join links stop working.</summary>
    /// <param name="visitId">The provider's visit id.</param>
    /// <param name="reason">Why, in words.</param>
    /// <param name="idempotencyKey">Identifies this cancellation across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the cancellation; Declined with code <c>NOT_FOUND</c> for an unknown visit.</returns>
    Task<PartnerResult<VideoVisitCancellation>> CancelVisitAsync(string visitId, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);
}
