namespace Platform.Sdk.Interpretation;

/// <summary>
/// An interpreter and translation agency: interpreters booked by language pair, modality
/// (on site, video, phone), medical specialty, time and place; and document translation jobs,
/// certified or not, with due dates.
/// </summary>
[PartnerCapability(PartnerCapabilities.InterpreterAgency)]
public interface IInterpreterAgency : IPartnerCapability
{
    /// <summary>Books an interpreter.</summary>
    /// <param name="request">Languages, modality, specialty, time, place and preferences.</param>
    /// <param name="idempotencyKey">Identifies this booking across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the booking; Pending while the agency finds an interpreter (the outcome arrives as <see cref="InterpreterBookingChanged"/>);
    /// Declined when the agency cannot serve it (<c>LANGUAGE_NOT_OFFERED</c>, <c>NO_INTERPRETER</c>, <c>TOO_SHORT_NOTICE</c>, or its own).</returns>
    Task<PartnerResult<InterpreterBooking>> BookInterpreterAsync(InterpreterRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Asks where a booking stands.</summary>
    /// <param name="bookingReference">The agency's booking reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the booking; Declined with code <c>NOT_FOUND</c> for an unknown reference.</returns>
    Task<PartnerResult<InterpreterBooking>> GetInterpreterBookingAsync(string bookingReference, CancellationToken cancellationToken);

    /// <summary>Cancels a booking.</summary>
    /// <param name="bookingReference">The agency's booking reference.</param>
    /// <param name="reason">Why, in words.</param>
    /// <param name="idempotencyKey">Identifies this cancellation across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the booking as cancelled (with any late-cancellation fee).</returns>
    Task<PartnerResult<InterpreterBooking>> CancelInterpreterAsync(string bookingReference, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Orders a document translation.</summary>
    /// <param name="request">The document, languages, certification and due date.</param>
    /// <param name="idempotencyKey">Identifies this order across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the job (its progress arrives as <see cref="TranslationJobChanged"/>); Declined when the agency cannot do it.</returns>
    Task<PartnerResult<TranslationJob>> SubmitTranslationAsync(TranslationRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Asks where a translation job stands and, once delivered, fetches the translation.</summary>
    /// <param name="jobReference">The agency's job reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the job; Declined with code <c>NOT_FOUND</c> for an unknown reference.</returns>
    Task<PartnerResult<TranslationJob>> GetTranslationAsync(string jobReference, CancellationToken cancellationToken);
}
