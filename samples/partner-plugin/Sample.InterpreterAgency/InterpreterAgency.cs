using System.Collections.Concurrent;
using Platform.Sdk;
using Platform.Sdk.Interpretation;

namespace Sample.InterpreterAgency;

/// <summary>
/// An interpreter agency's sandbox: bookings are pended and confirmed <see cref="AgencySettings.AssignAfter"/>
/// later, reported to the host through <see cref="IPartnerEvents"/>; cancellations inside 24 hours cost half the
/// estimate; translation jobs move to in progress the same way. Writes act once per idempotency key.
/// </summary>
internal sealed class InterpreterAgency(AgencySettings settings, IPartnerEvents events, TimeProvider time) : IInterpreterAgency, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, InterpreterBooking> _bookings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TranslationJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<PartnerResult>> _writes = new(StringComparer.Ordinal);
    private readonly Outcomes _outcomes = new(events, time);

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await Partner(cancellationToken);
        return Authorized ? PartnerHealth.Healthy($"Sandbox answering; {settings.Languages.Count} languages offered")
            : PartnerHealth.Unhealthy("The agency refused the API key; set ApiKey to a key it issued (sandbox keys start with 'sandbox-').");
    }

    public Task<PartnerResult<InterpreterBooking>> BookInterpreterAsync(InterpreterRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnceAsync("book", idempotencyKey, () =>
        {
            if (Unoffered(request.PatientLanguage, request.ClinicianLanguage) is { } language)
            {
                return PartnerResult.Declined<InterpreterBooking>("LANGUAGE_NOT_OFFERED", $"The agency has no {language} interpreters.");
            }

            if (request.Start < time.GetUtcNow().AddHours(settings.MinimumNoticeHours))
            {
                return PartnerResult.Declined<InterpreterBooking>("TOO_SHORT_NOTICE", $"Book at least {settings.MinimumNoticeHours} hours ahead.");
            }

            if (request.Modality == InterpretingModality.OnSite && request.Location is null)
            {
                return PartnerResult.Failed<InterpreterBooking>(PartnerFailureCategory.InvalidRequest, "An on-site booking needs a Location.");
            }

            var reference = NewReference("INT");
            var estimate = new MonetaryAmount(decimal.Round(settings.HourlyRate * (decimal)Math.Max(1, request.Duration.TotalHours), 2), settings.Currency);
            _bookings[reference] = new InterpreterBooking(reference, InterpreterBookingState.Requested, request, EstimatedCost: estimate);
            _outcomes.After(settings.AssignAfter, () => Assign(reference));
            return PartnerResult.Pended<InterpreterBooking>(reference, "Looking for an interpreter", time.GetUtcNow() + settings.AssignAfter);
        }, cancellationToken);
    }

    public async Task<PartnerResult<InterpreterBooking>> GetInterpreterBookingAsync(string bookingReference, CancellationToken cancellationToken)
    {
        await Partner(cancellationToken);
        return !Authorized ? Unauthorized<InterpreterBooking>()
            : _bookings.TryGetValue(bookingReference, out var booking) ? PartnerResult.Success(booking)
            : NotFound<InterpreterBooking>("booking", bookingReference);
    }

    public Task<PartnerResult<InterpreterBooking>> CancelInterpreterAsync(string bookingReference, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        OnceAsync("cancel", idempotencyKey, () =>
        {
            if (!_bookings.TryGetValue(bookingReference, out var booking))
            {
                return NotFound<InterpreterBooking>("booking", bookingReference);
            }

            if (booking.State == InterpreterBookingState.Completed)
            {
                return PartnerResult.Declined<InterpreterBooking>("ALREADY_TAKEN_PLACE", $"Booking {bookingReference} has taken place.", bookingReference);
            }

            var late = booking.Request.Start - time.GetUtcNow() < TimeSpan.FromHours(24);
            var fee = late && booking.EstimatedCost is { } cost ? cost with { Amount = decimal.Round(cost.Amount / 2, 2) } : null;
            return PartnerResult.Success(_bookings[bookingReference] = booking with { State = InterpreterBookingState.Cancelled, CancellationFee = fee });
        }, cancellationToken);

    public Task<PartnerResult<TranslationJob>> SubmitTranslationAsync(TranslationRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return OnceAsync("translate", idempotencyKey, () =>
        {
            if (Unoffered(request.SourceLanguage, request.TargetLanguage) is { } language)
            {
                return PartnerResult.Declined<TranslationJob>("LANGUAGE_NOT_OFFERED", $"The agency does not translate {language}.");
            }

            var reference = NewReference("TRN");
            var pages = Math.Max(1, request.Document.Content.Length / 1800 + 1);
            var price = new MonetaryAmount(pages * (request.Certified ? 45m : 30m), settings.Currency);
            _jobs[reference] = new TranslationJob(reference, TranslationJobState.Received, request.DueBy, price);
            _outcomes.After(settings.AssignAfter, () => Start(reference));
            return PartnerResult.Success(_jobs[reference]);
        }, cancellationToken);
    }

    public async Task<PartnerResult<TranslationJob>> GetTranslationAsync(string jobReference, CancellationToken cancellationToken)
    {
        await Partner(cancellationToken);
        return !Authorized ? Unauthorized<TranslationJob>()
            : _jobs.TryGetValue(jobReference, out var job) ? PartnerResult.Success(job)
            : NotFound<TranslationJob>("translation job", jobReference);
    }

    public ValueTask DisposeAsync() => _outcomes.DisposeAsync();

    private bool Authorized => settings.ApiKey.StartsWith("sandbox-", StringComparison.Ordinal);

    /// <summary>Stands for the round trip to the agency's API.</summary>
    private Task Partner(CancellationToken cancellationToken) => Task.Delay(settings.Latency, time, cancellationToken);

    /// <summary>A write acts once per idempotency key: a retry returns the first answer.</summary>
    private async Task<PartnerResult<T>> OnceAsync<T>(string operation, IdempotencyKey key, Func<PartnerResult<T>> act, CancellationToken cancellationToken)
    {
        await Partner(cancellationToken);
        return !Authorized ? Unauthorized<T>() : (PartnerResult<T>)_writes.GetOrAdd($"{operation}|{key.Value}", _ => new Lazy<PartnerResult>(act)).Value;
    }

    private InterpreterBookingChanged? Assign(string reference)
    {
        if (!_bookings.TryGetValue(reference, out var booking) || booking.State != InterpreterBookingState.Requested)
        {
            return null;
        }

        var joinAt = booking.Request.Modality == InterpretingModality.OnSite ? null : $"https://meet.agency.example/{reference.ToLowerInvariant()}";
        var confirmed = booking with { State = InterpreterBookingState.Confirmed, Interpreter = new ContactPerson($"Interpreter for {booking.Request.PatientLanguage}", Language: booking.Request.PatientLanguage), JoinAt = joinAt };
        _bookings[reference] = confirmed;
        return new InterpreterBookingChanged(reference, time.GetUtcNow(), confirmed);
    }

    private TranslationJobChanged? Start(string reference)
    {
        if (!_jobs.TryGetValue(reference, out var job) || job.State != TranslationJobState.Received)
        {
            return null;
        }

        var started = _jobs[reference] = job with { State = TranslationJobState.InProgress };
        return new TranslationJobChanged(reference, time.GetUtcNow(), started);
    }

    private string? Unoffered(params string[] languages) =>
        languages.Select(l => l.Split('-')[0]).FirstOrDefault(l => !settings.Languages.Contains(l, StringComparer.OrdinalIgnoreCase));

    private static string NewReference(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..16].ToUpperInvariant();

    private static PartnerResult<T> NotFound<T>(string what, string reference) => PartnerResult.Declined<T>("NOT_FOUND", $"The agency has no {what} {reference}.", reference);

    private static PartnerResult<T> Unauthorized<T>() => PartnerResult.Failed<T>(PartnerFailureCategory.Unauthorized, "The agency refused the API key (401).");
}
