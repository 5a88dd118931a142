using System.Globalization;
using Platform.Sdk;
using Platform.Sdk.Video;

namespace Platform.Plugins.DemoVideoVisits;

/// <summary>A demo video provider: a room per appointment, separate patient and clinician links, occasional declines for lack of capacity.</summary>
internal sealed class DemoVideoVisits(Simulation simulation, VisitBook book) : IVideoVisitProvider
{
    private VideoVisitsSettings Settings => simulation.Settings;

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await simulation.RespondAsync("health", cancellationToken);
        return simulation.AcceptsApiKey
            ? PartnerHealth.Healthy($"{Settings.ProviderName} room API answering in about {Settings.Latency.TotalMilliseconds:0} ms")
            : PartnerHealth.Unhealthy($"{Settings.ProviderName} refused the API key; set ApiKey to a key starting with 'demo-'.");
    }

    public async Task<PartnerResult<VideoVisit>> CreateVisitAsync(VideoVisitRequest visit, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var fingerprint = string.Create(CultureInfo.InvariantCulture, $"{visit.AppointmentReference}|{visit.Start.UtcTicks}|{visit.Duration.Ticks}|{visit.Patient.Name}|{visit.Clinician.Name}|{visit.TimeZone}");
        return await book.OnceAsync("visit room", idempotencyKey, fingerprint, async () =>
        {
            await simulation.RespondAsync($"create|{idempotencyKey}", cancellationToken);
            if (simulation.Refused<VideoVisit>() is { } refused)
            {
                return refused;
            }

            if (Invalid(visit) is { } problem)
            {
                return PartnerResult.Failed<VideoVisit>(PartnerFailureCategory.InvalidRequest, problem);
            }

            if (simulation.Roll("capacity", visit.AppointmentReference) < Settings.DeclineRate)
            {
                return PartnerResult.Declined<VideoVisit>("NO_CAPACITY", string.Create(CultureInfo.InvariantCulture,
                    $"{Settings.ProviderName} has no room free at {visit.Start:yyyy-MM-dd HH:mm} UTC for {visit.Duration.TotalMinutes:0} minutes; try another time."));
            }

            var visitId = $"VV-{simulation.Token(idempotencyKey.Value)[..12].ToUpperInvariant()}";
            var root = Settings.JoinBaseUrl.TrimEnd('/');
            var room = new VideoVisit(
                visitId,
                new Uri($"{root}/v/{visitId}?t={simulation.Token($"{visitId}|patient")}"),
                new Uri($"{root}/v/{visitId}/host?t={simulation.Token($"{visitId}|clinician")}"),
                visit.Start - Settings.OpensBefore,
                visit.Start + visit.Duration + Settings.ClosesAfter);
            book.Visits[visitId] = room;
            return PartnerResult.Success(room);
        }, cancellationToken);
    }

    public async Task<PartnerResult<VideoVisitCancellation>> CancelVisitAsync(string visitId, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        await book.OnceAsync("visit cancellation", idempotencyKey, visitId, async () =>
        {
            await simulation.RespondAsync($"cancel|{idempotencyKey}", cancellationToken);
            if (simulation.Refused<VideoVisitCancellation>() is { } refused)
            {
                return refused;
            }

            if (!book.Visits.ContainsKey(visitId))
            {
                return PartnerResult.Declined<VideoVisitCancellation>("NOT_FOUND", $"{Settings.ProviderName} has no visit '{visitId}'.", visitId);
            }

            return PartnerResult.Success(book.Closed.GetOrAdd(visitId, id => new VideoVisitCancellation(id, simulation.Now)));
        }, cancellationToken);

    private string? Invalid(VideoVisitRequest visit)
    {
        if (string.IsNullOrWhiteSpace(visit.AppointmentReference))
        {
            return "AppointmentReference is empty: give the hospital's reference for the appointment.";
        }

        if (visit.Duration <= TimeSpan.Zero || visit.Duration > Settings.MaxDuration)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Duration is {visit.Duration}: expected more than zero and at most {Settings.MaxDuration}.");
        }

        if (visit.Start + visit.Duration <= simulation.Now)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Start {visit.Start:O} plus the duration is in the past: a room is opened for a visit still to come.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(visit.TimeZone, out _))
        {
            return $"TimeZone '{visit.TimeZone}' is not an IANA time zone such as Europe/Madrid.";
        }

        return string.IsNullOrWhiteSpace(visit.Patient.Name) || string.IsNullOrWhiteSpace(visit.Clinician.Name)
            ? "Patient.Name and Clinician.Name are required: they are shown in the room."
            : null;
    }
}
