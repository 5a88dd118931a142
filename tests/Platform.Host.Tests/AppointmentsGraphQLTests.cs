using System.Text.Json;
using Platform.Kernel.Security;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Patients.Contracts;

namespace Platform.Host.Tests;

/// <summary>
/// Appointments over real HTTP on the real host: the start on two clocks across the March changes,
/// refused local times, conflicts, status moves, reminders on a moved clock and access by role.
/// Run on SQLite and on PostgreSQL.
/// </summary>
public abstract class AppointmentsGraphQLTests(string provider) : IAsyncLifetime
{
    internal const string AppointmentFields = """
        id version status kind telehealth patientId clinicianName roomName startsAt reason visitNote cancelReason
        facilityTime { local offset zone at } patientTime { local offset zone }
        videoVisit { partnerId visitId patientJoinUrl clinicianJoinUrl validFrom validUntil }
        reminders { offsetMinutes dueAt sentAt channel language }
        """;

    internal const string Book = $$"""
        mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { {{AppointmentFields}} } errors { __typename message code ... on ValidationError { field rule value } } } }
        """;

    private static readonly string[] _languages = ["es", "CA", "en"];

    private static readonly System.Security.Claims.ClaimsPrincipal _registrar = PlatformPrincipal.Create("amira", "Amira Haddad", [Roles.Coordinator]);

    private readonly MovableClock _clock = new();
    private TestDatabase? _database;

    protected HostFactory Host { get; private set; } = null!;

    protected GraphQLClient Client { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Partners:carelink-video:Enabled"] = "false" };

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(Settings) { ["Scheduling:ReminderInterval"] = "00:00:00", ["Journeys:EscalationInterval"] = "00:00:00" };
        if (provider == "Postgres")
        {
            _database = await TestDatabase.CreateAsync(provider);
            settings["Database:Provider"] = "Postgres";
            settings["Database:ConnectionString"] = _database.ConnectionString;
        }

        Host = new HostFactory { Clock = _clock };
        foreach (var (key, value) in settings)
        {
            Host.Settings[key] = value;
        }

        Client = new GraphQLClient(Host);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Appointments_AcrossTheMarchChanges_ShowTheStartOnTheFacilitysAndThePatientsClock()
    {
        var coordinator = await Client.TokenAsync("coordinator");
        var (clinician, room) = await ResourcesAsync();
        var patient = await RegisterAsync("America/New_York", ContactChannel.Sms, "en-US");

        // New York moves to summer time on 14 March 2027, Madrid on 28 March: 6 hours apart, then 5, then 6.
        var expected = new[]
        {
            ("2027-03-10T15:00", "+01:00", "2027-03-10T09:00", "-05:00"),
            ("2027-03-20T15:00", "+01:00", "2027-03-20T10:00", "-04:00"),
            ("2027-03-30T15:00", "+02:00", "2027-03-30T09:00", "-04:00"),
        };
        foreach (var (local, facilityOffset, home, homeOffset) in expected)
        {
            var appointment = await BookedAsync(coordinator, Input(patient, clinician, room, facilityLocal: local));

            var facility = appointment.GetProperty("facilityTime");
            (facility.GetProperty("local").GetString(), facility.GetProperty("offset").GetString(), facility.GetProperty("zone").GetString()).ShouldBe((local, facilityOffset, "Europe/Madrid"));
            var patientTime = appointment.GetProperty("patientTime");
            (patientTime.GetProperty("local").GetString(), patientTime.GetProperty("offset").GetString(), patientTime.GetProperty("zone").GetString()).ShouldBe((home, homeOffset, "America/New_York"));
            facility.GetProperty("at").GetString().ShouldBe($"{local}:00{facilityOffset}");
        }
    }

    [Fact]
    public async Task PatientMovesHome_AppointmentsAheadShowTheNewHomeClock()
    {
        var coordinator = await Client.TokenAsync("coordinator");
        var (clinician, room) = await ResourcesAsync();
        var patient = await RegisterAsync("America/New_York", ContactChannel.Sms, "en-US");
        var booked = await BookedAsync(coordinator, Input(patient, clinician, room, facilityLocal: "2027-03-20T15:00"));
        var record = await Client.SendAsync(_registrar, new GetPatient(patient));

        await Client.SendAsync(_registrar, new UpdateContactDetails(patient, record.Version, record.Contacts with { TimeZone = "Asia/Tokyo", PreferredChannel = ContactChannel.Email }));

        var patientTime = await EventuallyAsync(async () =>
        {
            var shown = (await AppointmentAsync(coordinator, Id(booked))).GetProperty("patientTime");
            return shown.GetProperty("zone").GetString() == "Asia/Tokyo" ? [shown] : [];
        });
        var tokyo = patientTime.ShouldHaveSingleItem();
        (tokyo.GetProperty("local").GetString(), tokyo.GetProperty("offset").GetString()).ShouldBe(("2027-03-20T23:00", "+09:00"));
    }

    [Fact]
    public async Task Booking_ALocalTimeTheSpringChangeSkips_IsAValidationErrorNamingTheFieldAndTheValue()
    {
        var coordinator = await Client.TokenAsync("coordinator");
        var (clinician, room) = await ResourcesAsync();
        var patient = await RegisterAsync("America/New_York", ContactChannel.Email, "en");

        var errors = await ErrorsAsync(coordinator, Book, Input(patient, clinician, room, facilityLocal: "2027-03-28T02:30"), "bookAppointment");

        var error = errors.ShouldHaveSingleItem();
        (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString(), error.GetProperty("value").GetString()).ShouldBe(("ValidationError", "start.facilityLocal", "2027-03-28T02:30"));
        error.GetProperty("message").GetString()!.ShouldContain("does not exist in Europe/Madrid");
    }

    [Fact]
    public async Task DoubleBookings_OfTheClinicianTheRoomOrThePatient_AreRefusedNamingWhatConflictsAndWhen()
    {
        var coordinator = await Client.TokenAsync("coordinator");
        var (clinician, room) = await ResourcesAsync();
        var (otherClinician, otherRoom) = await ResourcesAsync("Dr. Jordi Vidal", "Consulta 2");
        var first = await RegisterAsync("Asia/Dubai", ContactChannel.WhatsApp, "ar");
        var second = await RegisterAsync("Europe/Berlin", ContactChannel.Phone, "de");
        var booked = await BookedAsync(coordinator, Input(first, clinician, room, facilityLocal: "2027-02-10T10:00"));

        var byClinician = (await ErrorsAsync(coordinator, Book, Input(second, clinician, otherRoom, facilityLocal: "2027-02-10T10:15"), "bookAppointment")).ShouldHaveSingleItem();
        var byRoom = (await ErrorsAsync(coordinator, Book, Input(second, otherClinician, room, facilityLocal: "2027-02-10T09:45"), "bookAppointment")).ShouldHaveSingleItem();
        var byPatient = (await ErrorsAsync(coordinator, Book, Input(first, otherClinician, otherRoom, facilityLocal: "2027-02-10T10:20"), "bookAppointment")).ShouldHaveSingleItem();

        foreach (var refusal in new[] { byClinician, byRoom, byPatient })
        {
            (refusal.GetProperty("__typename").GetString(), refusal.GetProperty("code").GetString()).ShouldBe(("BusinessRuleError", "APPOINTMENT_CONFLICT"));
            refusal.GetProperty("message").GetString()!.ShouldContain($"{booked.GetProperty("id").GetString()} from 2027-02-10 10:00 to 10:30 (Europe/Madrid, UTC+01:00)");
        }

        byClinician.GetProperty("message").GetString()!.ShouldContain("clinician Dra. Laura Puig:");
        byRoom.GetProperty("message").GetString()!.ShouldContain("room Consulta 1:");
        byPatient.GetProperty("message").GetString()!.ShouldContain($"patient {first}:");
        (await CountAsync(coordinator, second)).ShouldBe(0);
    }

    [Fact]
    public async Task StatusMoves_AreRefusedClearlyOutOfOrder_AndCompletionKeepsTheVisitNote()
    {
        var coordinator = await Client.TokenAsync("coordinator");
        var clinicianToken = await Client.TokenAsync("clinician");
        var (clinician, room) = await ResourcesAsync();
        var patient = await RegisterAsync("Asia/Dubai", ContactChannel.WhatsApp, "ar");
        var start = _clock.GetUtcNow().AddDays(2);
        var booked = await BookedAsync(coordinator, Input(patient, clinician, room, at: start));

        var confirmed = await MoveAsync(Client.PatientToken(patient), "confirmAppointment", "AppointmentVersionInput", new { patientId = patient, appointmentId = Id(booked), expectedVersion = 1 });
        var stale = await MoveErrorsAsync(coordinator, "confirmAppointment", "AppointmentVersionInput", new { patientId = patient, appointmentId = Id(booked), expectedVersion = 1 });
        var early = await MoveErrorsAsync(clinicianToken, "completeAppointment", "CompleteAppointmentInput", new { patientId = patient, appointmentId = Id(booked), expectedVersion = 2, visitNote = "Seen" });
        _clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromMinutes(40)));
        var completed = await MoveAsync(clinicianToken, "completeAppointment", "CompleteAppointmentInput", new { patientId = patient, appointmentId = Id(booked), expectedVersion = 2, visitNote = "Mass excised; biopsy sent. Follow-up by video in two weeks." });
        var cancelled = await MoveErrorsAsync(coordinator, "cancelAppointment", "CancelAppointmentInput", new { patientId = patient, appointmentId = Id(booked), expectedVersion = 3, reason = "Too late" });

        confirmed.GetProperty("status").GetString().ShouldBe("CONFIRMED");
        stale.ShouldHaveSingleItem().GetProperty("code").GetString().ShouldBe("CONCURRENCY_CONFLICT");
        early.ShouldHaveSingleItem().GetProperty("code").GetString().ShouldBe("APPOINTMENT_NOT_STARTED");
        (completed.GetProperty("status").GetString(), completed.GetProperty("visitNote").GetString()).ShouldBe(("COMPLETED", "Mass excised; biopsy sent. Follow-up by video in two weeks."));
        var refusal = cancelled.ShouldHaveSingleItem();
        refusal.GetProperty("code").GetString().ShouldBe("APPOINTMENT_STATUS");
        refusal.GetProperty("message").GetString()!.ShouldContain("is Completed: it is not possible to cancel it");
    }

    [Fact]
    public async Task Reminders_OnAMovedClock_GoOutOncePerOffset_InThePatientsChannelAndLanguage_AndOnTheJourneyTimeline()
    {
        var coordinator = await Client.TokenAsync("coordinator");
        var administrator = await Client.TokenAsync("administrator");
        var (clinician, room) = await ResourcesAsync();
        var patient = await RegisterAsync("Asia/Dubai", ContactChannel.WhatsApp, "ar");
        var journey = (await Client.OpenJourneyAsync(coordinator, patient)).GetProperty("id").GetString();
        var start = _clock.GetUtcNow().AddDays(3);
        var input = Input(patient, clinician, room, at: start);
        input["journeyId"] = journey;
        var booked = await BookedAsync(coordinator, input);
        booked.GetProperty("reminders").EnumerateArray().Select(r => r.GetProperty("offsetMinutes").GetInt32()).ShouldBe([2880, 120]);

        (await RunRemindersAsync(administrator)).ShouldBe(0);
        _clock.Advance(TimeSpan.FromHours(25));
        (await RunRemindersAsync(administrator)).ShouldBe(1);
        (await RunRemindersAsync(administrator)).ShouldBe(0);

        var afterPass = await AppointmentAsync(coordinator, Id(booked));
        var reminders = afterPass.GetProperty("reminders").EnumerateArray().ToList();
        var sent = reminders.Single(r => r.GetProperty("offsetMinutes").GetInt32() == 2880);
        (sent.GetProperty("channel").GetString(), sent.GetProperty("language").GetString()).ShouldBe(("WhatsApp", "ar"));
        reminders.Single(r => r.GetProperty("offsetMinutes").GetInt32() == 120).GetProperty("sentAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var timeline = await EventuallyAsync(async () =>
        {
            var data = await Client.DataAsync(coordinator, "query($id: UUID!) { journey(id: $id) { timeline { kind summary } } }", new { id = journey });
            return data.GetProperty("journey").GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "appointment-reminder").ToList();
        });
        timeline.ShouldHaveSingleItem().GetProperty("summary").GetString()!.ShouldContain("Reminder sent by WhatsApp in ar, 48 h ahead");

        // Sending a reminder is not an edit: the version a coordinator holds stays valid.
        afterPass.GetProperty("version").GetInt64().ShouldBe(1);

        // Moved a day later: the 2-hour reminder follows, the 48-hour one went out and is not sent again.
        var moved = await MoveAsync(coordinator, "rescheduleAppointment", "RescheduleAppointmentInput", new { patientId = patient, appointmentId = Id(booked), expectedVersion = 1, start = new { at = start.AddDays(1) } });
        moved.GetProperty("reminders").EnumerateArray().Select(r => (r.GetProperty("offsetMinutes").GetInt32(), r.GetProperty("sentAt").ValueKind != JsonValueKind.Null)).ShouldBe([(2880, true), (120, false)], ignoreOrder: true);
        _clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromHours(22.5)));
        (await RunRemindersAsync(administrator)).ShouldBe(1);
        (await AppointmentAsync(coordinator, Id(booked))).GetProperty("reminders").EnumerateArray().Count(r => r.GetProperty("sentAt").ValueKind != JsonValueKind.Null).ShouldBe(2);
    }

    [Fact]
    public async Task Access_PatientsSeeOnlyTheirOwnAppointments_AndMarketingNone()
    {
        var coordinator = await Client.TokenAsync("coordinator");
        var (clinician, room) = await ResourcesAsync();
        var mine = await RegisterAsync("Asia/Dubai", ContactChannel.WhatsApp, "ar");
        var other = await RegisterAsync("Europe/Berlin", ContactChannel.Phone, "de");
        var myAppointment = await BookedAsync(coordinator, Input(mine, clinician, room, facilityLocal: "2027-02-11T10:00"));
        var otherAppointment = await BookedAsync(coordinator, Input(other, clinician, room, facilityLocal: "2027-02-11T11:00"));
        var patientToken = Client.PatientToken(mine);

        var listed = await Client.DataAsync(patientToken, "{ appointments { totalCount edges { node { id } } } }");
        var refused = await Client.PostAsync(patientToken, "query($id: UUID!) { appointment(id: $id) { id } }", new { id = Id(otherAppointment) });
        var marketing = await Client.PostAsync(await Client.TokenAsync("marketing"), "{ appointments { totalCount } }");
        var booking = await Client.PostAsync(patientToken, Book, new { input = Input(mine, clinician, room, facilityLocal: "2027-02-12T10:00") });
        var throughPatient = await Client.DataAsync(coordinator, "{ patients(first: 10) { nodes { registryId appointments { id } } } }");

        listed.GetProperty("appointments").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ShouldBe([Id(myAppointment)]);
        Code(refused).ShouldBe("FORBIDDEN");
        Code(marketing).ShouldBe("FORBIDDEN");
        Code(booking).ShouldBe("FORBIDDEN");
        var byPatient = throughPatient.GetProperty("patients").GetProperty("nodes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("registryId").GetString()!, p => p.GetProperty("appointments").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList());
        byPatient[mine.ToString()].ShouldBe([Id(myAppointment)]);
        byPatient[other.ToString()].ShouldBe([Id(otherAppointment)]);
    }

    [Fact]
    public async Task Telehealth_WithoutAVideoPartner_IsRefused_UnlessStaffTypeTheJoinLink()
    {
        var coordinator = await Client.TokenAsync("coordinator");
        var (clinician, _) = await ResourcesAsync();
        var patient = await RegisterAsync("Asia/Dubai", ContactChannel.WhatsApp, "ar");
        var input = Input(patient, clinician, null, facilityLocal: "2027-02-15T16:00");
        input["telehealth"] = true;

        var refused = (await ErrorsAsync(coordinator, Book, input, "bookAppointment")).ShouldHaveSingleItem();
        input["joinLink"] = "https://meet.example.org/room/4471";
        var booked = await BookedAsync(coordinator, input);

        (refused.GetProperty("code").GetString(), refused.GetProperty("__typename").GetString()).ShouldBe(("NO_VIDEO_PROVIDER", "BusinessRuleError"));
        var visit = booked.GetProperty("videoVisit");
        (visit.GetProperty("patientJoinUrl").GetString(), visit.GetProperty("partnerId").ValueKind).ShouldBe(("https://meet.example.org/room/4471", JsonValueKind.Null));
        booked.GetProperty("roomName").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    protected async Task<(Guid Clinician, Guid Room)> ResourcesAsync(string clinicianName = "Dra. Laura Puig", string roomName = "Consulta 1")
    {
        var administrator = await Client.TokenAsync("administrator");
        var clinician = await Client.DataAsync(administrator, """
            mutation($input: AddClinicianInput!) { addClinician(input: $input) { clinician { id languages } errors { message } } }
            """, new { input = new { name = clinicianName, specialty = "Oncology", languages = _languages } });
        var room = await Client.DataAsync(administrator, """
            mutation($input: AddRoomInput!) { addRoom(input: $input) { room { id kind } errors { message } } }
            """, new { input = new { name = roomName, kind = "CONSULTING_ROOM" } });
        clinician.GetProperty("addClinician").GetProperty("clinician").GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["es", "ca", "en"]);
        return (Guid.Parse(clinician.GetProperty("addClinician").GetProperty("clinician").GetProperty("id").GetString()!),
            Guid.Parse(room.GetProperty("addRoom").GetProperty("room").GetProperty("id").GetString()!));
    }

    protected async Task<Guid> RegisterAsync(string timeZone, ContactChannel channel, string language) =>
        (await Client.SendAsync(_registrar, new RegisterPatient(
            PatientKind.MedicalTourist,
            new PatientIdentity("Tester " + Letters(), "Sam", null, null, new DateOnly(1975, 5, 5), Sex.Female, "US", null, null),
            new ContactDetails("sam@example.org", "+12125550142", channel, null, null, timeZone, null),
            [language],
            InterpreterNeeded: false,
            new Attribution(AttributionChannel.Direct, null, null, null)))).Patient.Id;

    protected static Dictionary<string, object?> Input(Guid patient, Guid clinician, Guid? room, string? facilityLocal = null, DateTimeOffset? at = null) => new()
    {
        ["patientId"] = patient,
        ["kind"] = "CONSULTATION",
        ["clinicianId"] = clinician,
        ["roomId"] = room,
        ["durationMinutes"] = 30,
        ["reason"] = "Second opinion",
        ["start"] = facilityLocal is not null ? (object)new { facilityLocal } : new { at },
    };

    protected async Task<JsonElement> BookedAsync(string token, object input)
    {
        var payload = (await Client.DataAsync(token, Book, new { input })).GetProperty("bookAppointment");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        return payload.GetProperty("appointment");
    }

    protected async Task<IReadOnlyList<JsonElement>> ErrorsAsync(string token, string mutation, object input, string field)
    {
        var payload = (await Client.DataAsync(token, mutation, new { input })).GetProperty(field);
        payload.GetProperty("appointment").ValueKind.ShouldBe(JsonValueKind.Null);
        return [.. payload.GetProperty("errors").EnumerateArray()];
    }

    protected async Task<JsonElement> MoveAsync(string token, string mutation, string inputType, object input)
    {
        var payload = (await Client.DataAsync(token, Move(mutation, inputType), new { input })).GetProperty(mutation);
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        return payload.GetProperty("appointment");
    }

    protected Task<IReadOnlyList<JsonElement>> MoveErrorsAsync(string token, string mutation, string inputType, object input) =>
        ErrorsAsync(token, Move(mutation, inputType), input, mutation);

    protected async Task<JsonElement> AppointmentAsync(string token, string id) =>
        (await Client.DataAsync(token, $"query($id: UUID!) {{ appointment(id: $id) {{ {AppointmentFields} }} }}", new { id })).GetProperty("appointment");

    protected static string Id(JsonElement appointment) => appointment.GetProperty("id").GetString()!;

    private static string Move(string mutation, string inputType) =>
        $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ appointment {{ {AppointmentFields} }} errors {{ __typename message code }} }} }}";

    private async Task<int> CountAsync(string token, Guid patient) =>
        (await Client.DataAsync(token, "query($p: UUID!) { appointments(filter: { patientId: $p }) { totalCount } }", new { p = patient })).GetProperty("appointments").GetProperty("totalCount").GetInt32();

    private async Task<int> RunRemindersAsync(string administrator)
    {
        var payload = (await Client.DataAsync(administrator, "mutation { runAppointmentReminders { sentReminderIds errors { message } } }")).GetProperty("runAppointmentReminders");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0, payload.ToString());
        return payload.GetProperty("sentReminderIds").GetArrayLength();
    }

    /// <summary>A family name part in Latin letters (as Patients requires), different for every patient.</summary>
    private static string Letters() => string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('A' + Convert.ToInt32(c.ToString(), 16))));

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    /// <summary>What the outbox delivers after commit arrives shortly after; asks again until it is there.</summary>
    private static async Task<List<JsonElement>> EventuallyAsync(Func<Task<List<JsonElement>>> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = await read();
            if (found.Count > 0 || attempt == 100)
            {
                return found;
            }

            await Task.Delay(100);
        }
    }
}

public sealed class SqliteAppointmentsGraphQLTests() : AppointmentsGraphQLTests("Sqlite");

[Collection(PostgresHostTests.Name)]
public sealed class PostgresAppointmentsGraphQLTests() : AppointmentsGraphQLTests("Postgres");

/// <summary>Host tests on PostgreSQL run one after another: each creates a database on the one test server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresHostTests
{
    public const string Name = "PostgreSQL host";
}
