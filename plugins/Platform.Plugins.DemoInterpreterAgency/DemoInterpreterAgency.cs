using System.Globalization;
using Microsoft.Extensions.Logging;
using Platform.Sdk;
using Platform.Sdk.Interpretation;

namespace Platform.Plugins.DemoInterpreterAgency;

/// <summary>A demo interpreter agency: common pairs confirmed at once, rare pairs and gender preferences searched for, late cancellations charged.</summary>
internal sealed partial class DemoInterpreterAgency(Simulation simulation, AgencyBook book, AgencyScheduler scheduler, IPartnerEvents events, ILogger<DemoInterpreterAgency> logger) : IInterpreterAgency
{
    private static readonly string[] _women = ["Leyla Aydın", "Mariam Haddad", "Olga Petrova", "Nino Beridze", "Shirin Karimi", "Amina Yusuf"];
    private static readonly string[] _men = ["Kerem Özdemir", "Omar Khalil", "Dmitri Sokolov", "Giorgi Lomidze", "Reza Tehrani", "Abdi Warsame"];

    private InterpreterAgencySettings Settings => simulation.Settings;

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await simulation.RespondAsync("health", cancellationToken);
        return simulation.AcceptsApiKey
            ? PartnerHealth.Healthy($"{Settings.AgencyName} booking API answering in about {Settings.Latency.TotalMilliseconds:0} ms; {Settings.Languages.Count} languages")
            : PartnerHealth.Unhealthy($"{Settings.AgencyName} refused the API key; set ApiKey to a key starting with 'demo-'.");
    }

    public async Task<PartnerResult<InterpreterBooking>> BookInterpreterAsync(InterpreterRequest request, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await book.OnceAsync("interpreter booking", idempotencyKey, Requests.Fingerprint(request), async () =>
        {
            await simulation.RespondAsync($"book|{idempotencyKey}", cancellationToken);
            if (Refusal<InterpreterBooking>(request) is { } refusal)
            {
                return refusal;
            }

            var now = simulation.Now;
            var pair = $"{request.PatientLanguage}-{request.ClinicianLanguage}";
            var rare = simulation.IsRare(request.PatientLanguage) || simulation.IsRare(request.ClinicianLanguage);
            if (rare && simulation.Roll("rare", pair, request.Modality.ToString(), request.Start.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) < Settings.RarePairDeclineRate)
            {
                return PartnerResult.Declined<InterpreterBooking>("NO_INTERPRETER", $"{Settings.AgencyName} has no {pair} interpreter free for {request.Modality} on {Local(request.Start, request.TimeZone)}; try video or phone, or another time.");
            }

            var reference = simulation.Reference("INT", idempotencyKey.Value);
            var cost = Estimate(request);
            var search = rare || (request.Gender != GenderPreference.None && simulation.Roll("gender", reference) < 0.5);
            var booking = search
                ? new InterpreterBooking(reference, InterpreterBookingState.Requested, request, EstimatedCost: cost)
                : Assign(new InterpreterBooking(reference, InterpreterBookingState.Requested, request, EstimatedCost: cost));
            book.Bookings[reference] = booking;
            if (search)
            {
                scheduler.Schedule($"Search for interpreter {reference}", token => SearchAsync(reference, rare, token));
            }
            else
            {
                ScheduleCompletion(reference);
            }

            return search
                ? PartnerResult.Pended<InterpreterBooking>(reference, $"Searching for a {pair} interpreter{(request.Gender == GenderPreference.None ? string.Empty : $" ({request.Gender.ToString().ToLowerInvariant()})")}.", now + Settings.SearchDelay)
                : PartnerResult.Success(booking);
        }, cancellationToken);
    }

    public async Task<PartnerResult<InterpreterBooking>> GetInterpreterBookingAsync(string bookingReference, CancellationToken cancellationToken)
    {
        await simulation.RespondAsync($"get|{bookingReference}", cancellationToken);
        return simulation.Refused<InterpreterBooking>()
            ?? (book.Bookings.TryGetValue(bookingReference, out var booking) ? PartnerResult.Success(booking) : NotFound<InterpreterBooking>("booking", bookingReference));
    }

    public async Task<PartnerResult<InterpreterBooking>> CancelInterpreterAsync(string bookingReference, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        await book.OnceAsync("interpreter cancellation", idempotencyKey, bookingReference, async () =>
        {
            await simulation.RespondAsync($"cancel|{idempotencyKey}", cancellationToken);
            if (simulation.Refused<InterpreterBooking>() is { } refused)
            {
                return refused;
            }

            InterpreterBooking cancelled;
            lock (book.Sync)
            {
                if (!book.Bookings.TryGetValue(bookingReference, out var booking))
                {
                    return NotFound<InterpreterBooking>("booking", bookingReference);
                }

                if (booking.State is InterpreterBookingState.Cancelled)
                {
                    return PartnerResult.Success(booking);
                }

                if (booking.State is InterpreterBookingState.Completed)
                {
                    return PartnerResult.Declined<InterpreterBooking>("ALREADY_COMPLETED", $"Booking {bookingReference} took place on {Local(booking.Request.Start, booking.Request.TimeZone)}; it cannot be cancelled.", bookingReference);
                }

                var late = booking.State == InterpreterBookingState.Confirmed && booking.Request.Start - simulation.Now < Settings.LateCancellationWindow;
                cancelled = booking with
                {
                    State = InterpreterBookingState.Cancelled,
                    CancellationFee = late ? simulation.Money(booking.EstimatedCost!.Amount / 2) : null,
                };
                book.Bookings[bookingReference] = cancelled;
            }

            LogCancelled(logger, bookingReference, reason);
            await events.PublishAsync(new InterpreterBookingChanged(bookingReference, simulation.Now, cancelled), cancellationToken);
            return PartnerResult.Success(cancelled);
        }, cancellationToken);

    /// <summary>The search ends: an interpreter is found (always for common pairs), or the booking goes unfilled.</summary>
    private async Task SearchAsync(string reference, bool rare, CancellationToken cancellationToken)
    {
        await scheduler.DelayAsync(Settings.SearchDelay, cancellationToken);
        InterpreterBooking outcome;
        lock (book.Sync)
        {
            if (!book.Bookings.TryGetValue(reference, out var booking) || booking.State != InterpreterBookingState.Requested)
            {
                return;
            }

            var filled = !rare || simulation.Roll("fill", reference) >= Settings.RarePairDeclineRate;
            outcome = filled ? Assign(booking) : booking with { State = InterpreterBookingState.Unfilled };
            book.Bookings[reference] = outcome;
        }

        if (outcome.State == InterpreterBookingState.Confirmed)
        {
            ScheduleCompletion(reference);
        }

        await events.PublishAsync(new InterpreterBookingChanged(reference, simulation.Now, outcome), cancellationToken);
    }

    private void ScheduleCompletion(string reference) => scheduler.Schedule($"Session {reference}", async token =>
    {
        var request = book.Bookings[reference].Request;
        await scheduler.DelayAsync(request.Start + request.Duration - simulation.Now, token);
        InterpreterBooking done;
        lock (book.Sync)
        {
            if (book.Bookings[reference].State != InterpreterBookingState.Confirmed)
            {
                return;
            }

            done = book.Bookings[reference] = book.Bookings[reference] with { State = InterpreterBookingState.Completed };
        }

        await events.PublishAsync(new InterpreterBookingChanged(reference, simulation.Now, done), token);
    });

    /// <summary>Confirms a booking with an interpreter of the preferred gender and, for remote sessions, how to join.</summary>
    private InterpreterBooking Assign(InterpreterBooking booking)
    {
        var reference = booking.BookingReference;
        var request = booking.Request;
        var women = request.Gender switch
        {
            GenderPreference.Female => true,
            GenderPreference.Male => false,
            _ => simulation.Roll("interpreter-gender", reference) < 0.5,
        };
        var names = women ? _women : _men;
        var name = names[(int)(simulation.Roll("interpreter", reference) * names.Length)];
        var slug = new string([.. Settings.AgencyName.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        var joinAt = request.Modality switch
        {
            InterpretingModality.Video => $"https://video.{slug}.example/join/{reference}",
            InterpretingModality.Phone => $"+908505550100, PIN {(int)(simulation.Roll("pin", reference) * 900000) + 100000}",
            _ => null,
        };
        var interpreter = new ContactPerson(name, $"+90555{(int)(simulation.Roll("phone", reference) * 9000000) + 1000000}", $"{name.Split(' ')[0].ToLowerInvariant()}@{slug}.example", request.PatientLanguage);
        return booking with { State = InterpreterBookingState.Confirmed, Interpreter = interpreter, JoinAt = joinAt };
    }

    /// <summary>Billed by the started hour, at least one hour; remote sessions cost less than on-site ones.</summary>
    private MonetaryAmount Estimate(InterpreterRequest request)
    {
        var hours = Math.Max(1, (int)Math.Ceiling(request.Duration.TotalHours));
        return simulation.Money(hours * (request.Modality == InterpretingModality.OnSite ? Settings.OnSiteHourlyRate : Settings.RemoteHourlyRate));
    }

    private PartnerResult<T>? Refusal<T>(InterpreterRequest request)
    {
        if (simulation.Refused<T>() is { } refused)
        {
            return refused;
        }

        if (Requests.Problem(request, simulation.Now) is { } problem)
        {
            return PartnerResult.Failed<T>(PartnerFailureCategory.InvalidRequest, $"{Settings.AgencyName} rejected the request: {problem}.");
        }

        var missing = new[] { request.PatientLanguage, request.ClinicianLanguage }.Where(l => !simulation.Offers(l)).ToList();
        if (missing.Count > 0)
        {
            return PartnerResult.Declined<T>("LANGUAGE_NOT_OFFERED", $"{Settings.AgencyName} does not offer {string.Join(" or ", missing)}; it offers {string.Join(", ", Settings.Languages)}.");
        }

        var notice = request.Modality == InterpretingModality.OnSite ? Settings.OnSiteNotice : Settings.OnSiteNotice / 4;
        return request.Start - simulation.Now < notice
            ? PartnerResult.Declined<T>("TOO_SHORT_NOTICE", $"{Settings.AgencyName} needs {notice} notice for {request.Modality} interpreting; the session starts {Local(request.Start, request.TimeZone)}.")
            : null;
    }

    private PartnerResult<T> NotFound<T>(string what, string reference) =>
        PartnerResult.Declined<T>("NOT_FOUND", $"{Settings.AgencyName} has no {what} {reference}.");

    private static string Local(DateTimeOffset instant, string timeZone) =>
        $"{TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {timeZone}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Interpreter booking {Reference} cancelled: {Reason}")]
    private static partial void LogCancelled(ILogger logger, string reference, string reason);
}
