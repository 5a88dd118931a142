using System.Text;
using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Interpretation;

namespace Platform.Plugins.Tests;

/// <summary>The demo interpreter agency, loaded from disk and called through the registry, behaves like an agency.</summary>
public sealed class DemoInterpreterAgencyTests : IAsyncLifetime, IDisposable
{
    private static readonly Place _clinic = new("Acıbadem Maslak Hospital, oncology outpatient clinic, 3rd floor", new PostalAddress(["Büyükdere Cd. No:40"], "Istanbul", "TR"), "Europe/Istanbul");

    private readonly PluginFolders _folders = new();
    private PartnerHost _host = null!;

    private IInterpreterAgency Agency => _host.Registry.Resolve<IInterpreterAgency>("lingua");

    public async Task InitializeAsync()
    {
        _folders.AddBuilt(PluginFolders.DemoInterpreterAgency);
        _host = await PartnerHost.StartAsync(_folders.Root, [
            .. DemoPartners.InterpreterAgency("lingua"),
            .. DemoPartners.InterpreterAgency("rare-never", ("Settings:RarePairDeclineRate", "1")),
            .. DemoPartners.InterpreterAgency("rare-always", ("Settings:RarePairDeclineRate", "0")),
        ]);
    }

    [Fact]
    public async Task BookInterpreter_CommonPairByVideo_ConfirmsWithAnInterpreterAndAJoinLink()
    {
        var request = Request("ar", InterpretingModality.Video);

        var booking = (await Agency.BookInterpreterAsync(request, IdempotencyKey.New(), default)).GetValueOrThrow();

        booking.State.ShouldBe(InterpreterBookingState.Confirmed);
        booking.Request.ShouldBe(request);
        booking.Interpreter.ShouldNotBeNull().Language.ShouldBe("ar");
        booking.JoinAt.ShouldBe($"https://video.linguamedica.example/join/{booking.BookingReference}");
        booking.EstimatedCost.ShouldBe(new MonetaryAmount(40m, "EUR"));
        (await Agency.GetInterpreterBookingAsync(booking.BookingReference, default)).GetValueOrThrow().ShouldBe(booking);
    }

    [Fact]
    public async Task BookInterpreter_SameIdempotencyKey_ReturnsTheSameBookingAndRefusesADifferentRequest()
    {
        var key = IdempotencyKey.New();
        var request = Request("ru", InterpretingModality.OnSite);

        var first = (await Agency.BookInterpreterAsync(request, key, default)).GetValueOrThrow();
        var retry = (await Agency.BookInterpreterAsync(request, key, default)).GetValueOrThrow();
        var misuse = await Agency.BookInterpreterAsync(request with { Modality = InterpretingModality.Phone }, key, default);

        retry.ShouldBe(first);
        misuse.Failure.ShouldBe(new PartnerFailure(PartnerFailureCategory.InvalidRequest, $"Idempotency key {key.Value} was already used for a different interpreter booking request; use a new key for a new request."));
    }

    [Fact]
    public async Task BookInterpreter_RarePairWithNobodyFree_DeclinesNoInterpreter()
    {
        var result = await _host.Registry.Resolve<IInterpreterAgency>("rare-never").BookInterpreterAsync(Request("ps", InterpretingModality.OnSite), IdempotencyKey.New(), default);

        result.Decline.ShouldNotBeNull().Code.ShouldBe("NO_INTERPRETER");
        result.Decline.Reason.ShouldStartWith("Lingua Medica has no ps-tr interpreter free for OnSite on ");
    }

    [Fact]
    public async Task BookInterpreter_RarePair_IsPendingWhileSearchedAndTheConfirmationArrivesLater()
    {
        var agency = _host.Registry.Resolve<IInterpreterAgency>("rare-always");

        var result = await agency.BookInterpreterAsync(Request("ku", InterpretingModality.Phone, GenderPreference.Female), IdempotencyKey.New(), default);

        var reference = result.Pending.ShouldNotBeNull().Reference;
        (await agency.GetInterpreterBookingAsync(reference, default)).GetValueOrThrow().State.ShouldBe(InterpreterBookingState.Requested);
        var changed = (await _host.Events.WaitForAsync(e => e.Event.Reference == reference)).Event.ShouldBeOfType<InterpreterBookingChanged>();
        changed.Booking.State.ShouldBe(InterpreterBookingState.Confirmed);
        changed.Booking.Interpreter.ShouldNotBeNull();
        changed.Booking.JoinAt.ShouldNotBeNull().ShouldStartWith("+908505550100, PIN ");
    }

    [Fact]
    public async Task BookInterpreter_LanguageNotOfferedOrTooShortNotice_Declines()
    {
        var zulu = await Agency.BookInterpreterAsync(Request("zu", InterpretingModality.Video), IdempotencyKey.New(), default);
        var soon = await Agency.BookInterpreterAsync(Request("ar", InterpretingModality.OnSite, startsIn: TimeSpan.FromHours(2)), IdempotencyKey.New(), default);

        zulu.Decline.ShouldNotBeNull().Code.ShouldBe("LANGUAGE_NOT_OFFERED");
        soon.Decline.ShouldNotBeNull().Code.ShouldBe("TOO_SHORT_NOTICE");
    }

    [Fact]
    public async Task BookInterpreter_MalformedRequest_FailsNamingTheField()
    {
        var sameLanguage = await Agency.BookInterpreterAsync(Request("tr", InterpretingModality.Video), IdempotencyKey.New(), default);
        var noPlace = await Agency.BookInterpreterAsync(Request("ar", InterpretingModality.OnSite) with { Location = null }, IdempotencyKey.New(), default);

        sameLanguage.Failure.ShouldNotBeNull().Message.ShouldBe("Lingua Medica rejected the request: patientLanguage 'tr' and clinicianLanguage 'tr' are the same language; no interpreter is needed.");
        noPlace.Failure.ShouldNotBeNull().Message.ShouldContain("location is missing");
    }

    [Fact]
    public async Task CancelInterpreter_WithinADayOfTheSession_ChargesHalfTheEstimateOnce()
    {
        var booking = (await Agency.BookInterpreterAsync(Request("fa", InterpretingModality.OnSite, startsIn: TimeSpan.FromHours(6)), IdempotencyKey.New(), default)).GetValueOrThrow();

        var cancelled = (await Agency.CancelInterpreterAsync(booking.BookingReference, "Surgery moved", IdempotencyKey.New(), default)).GetValueOrThrow();
        var again = (await Agency.CancelInterpreterAsync(booking.BookingReference, "Surgery moved", IdempotencyKey.New(), default)).GetValueOrThrow();

        (cancelled.State, cancelled.CancellationFee).ShouldBe((InterpreterBookingState.Cancelled, new MonetaryAmount(30m, "EUR")), "half of one started hour at 60 EUR");
        again.ShouldBe(cancelled);
        (await _host.Events.WaitForAsync(e => e.Event.Reference == booking.BookingReference)).Event.ShouldBeOfType<InterpreterBookingChanged>().Booking.State.ShouldBe(InterpreterBookingState.Cancelled);
    }

    [Fact]
    public async Task CancelInterpreter_DaysAhead_IsFree()
    {
        var booking = (await Agency.BookInterpreterAsync(Request("de", InterpretingModality.Video, startsIn: TimeSpan.FromDays(5)), IdempotencyKey.New(), default)).GetValueOrThrow();

        var cancelled = (await Agency.CancelInterpreterAsync(booking.BookingReference, "Not needed", IdempotencyKey.New(), default)).GetValueOrThrow();

        cancelled.CancellationFee.ShouldBeNull();
    }

    [Fact]
    public async Task SubmitTranslation_Certified_ProgressesToDeliveredThroughEvents()
    {
        var request = Translation(certified: true, dueIn: TimeSpan.FromDays(5));

        var job = (await Agency.SubmitTranslationAsync(request, IdempotencyKey.New(), default)).GetValueOrThrow();

        (job.State, job.DueAt, job.Price).ShouldBe((TranslationJobState.Received, request.DueBy, new MonetaryAmount(25m, "EUR")));
        await _host.Events.WaitForAsync(e => e.Event is TranslationJobChanged { Job.State: TranslationJobState.Delivered } && e.Event.Reference == job.JobReference);
        _host.Events.Received.Select(e => e.Event).OfType<TranslationJobChanged>().Where(e => e.Reference == job.JobReference).Select(e => e.Job.State)
            .ShouldBe([TranslationJobState.InProgress, TranslationJobState.Delivered]);
        var delivered = (await Agency.GetTranslationAsync(job.JobReference, default)).GetValueOrThrow();
        var translation = delivered.Translation.ShouldNotBeNull();
        translation.FileName.ShouldBe("discharge-summary.en.txt");
        var text = Encoding.UTF8.GetString(translation.Content.Span);
        text.ShouldContain("Certified by sworn translator no. ");
        text.ShouldContain("Hasta taburcu edildi.");
    }

    [Fact]
    public async Task SubmitTranslation_DueBeforeTheAgencyCanDeliver_DeclinesWithTheEarliestDate()
    {
        var result = await Agency.SubmitTranslationAsync(Translation(certified: true, dueIn: TimeSpan.FromHours(12)), IdempotencyKey.New(), default);

        result.Decline.ShouldNotBeNull().Code.ShouldBe("DUE_DATE_TOO_SOON");
        result.Decline.Reason.ShouldStartWith("About 50 words, certified, take 2 working day(s); the earliest due date is ");
    }

    [Fact]
    public async Task SubmitTranslation_UnreadableFormat_Declines()
    {
        var request = Translation(certified: false, dueIn: TimeSpan.FromDays(3)) with { Document = new SupportingDocument("scan.heic", "image/heic", new byte[] { 1, 2, 3 }) };

        var result = await Agency.SubmitTranslationAsync(request, IdempotencyKey.New(), default);

        result.Decline.ShouldNotBeNull().Code.ShouldBe("UNSUPPORTED_FORMAT");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _folders.Dispose();

    private static InterpreterRequest Request(string patientLanguage, InterpretingModality modality, GenderPreference gender = GenderPreference.None, TimeSpan? startsIn = null) => new(
        patientLanguage,
        "tr",
        modality,
        DateTimeOffset.UtcNow + (startsIn ?? TimeSpan.FromDays(2)),
        TimeSpan.FromMinutes(45),
        "Europe/Istanbul",
        "oncology",
        modality == InterpretingModality.OnSite ? _clinic : null,
        gender,
        "Pre-operative consultation",
        new ContactPerson("Nurse Coordinator Esra Aksoy", "+902125550199"));

    private static TranslationRequest Translation(bool certified, TimeSpan dueIn) => new(
        new SupportingDocument("discharge-summary.txt", "text/plain", Encoding.UTF8.GetBytes("Epikriz. Hasta taburcu edildi. Kontrol iki hafta sonra."), "Discharge summary"),
        "tr",
        "en",
        certified,
        DateTimeOffset.UtcNow + dueIn,
        "orthopedics");
}
