using System.Security.Claims;
using Platform.Kernel.Messaging;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Patients.Contracts;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Tests.Infrastructure;

namespace Platform.Scheduling.Tests.Appointments;

/// <summary>Double bookings refused through the real pipeline and database, one after another and racing.</summary>
public abstract class ConflictTests(string provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset _start = new(DateTime.UtcNow.Date.AddDays(10).AddHours(9), TimeSpan.Zero);
    private TestDatabase _database = null!;

    protected SchedulingPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        Platform = await SchedulingPlatform.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await Platform.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SameClinician_OverlappingInterval_IsRefusedNamingTheClinicianAndTheTime()
    {
        var (clinician, room, otherRoom) = await ResourcesAsync();
        var first = await RegisterAsync();
        var second = await RegisterAsync(Registrations.IllTraveler());
        await BookAsync(first, clinician, room, _start, 30);

        var refusal = await Should.ThrowAsync<BusinessRuleException>(() => BookAsync(second, clinician, otherRoom, _start.AddMinutes(15), 30));

        refusal.Code.ShouldBe("APPOINTMENT_CONFLICT");
        refusal.Message.ShouldContain("clinician Dra. Laura Puig");
        refusal.Message.ShouldContain($"from {_start.AddHours(1):yyyy-MM-dd HH:mm}");
        refusal.Message.ShouldNotContain("room Consulta");
    }

    [Fact]
    public async Task SameRoomOrSamePatient_Overlapping_IsRefused_ButBackToBackIsFine()
    {
        var (clinician, room, otherRoom) = await ResourcesAsync();
        var otherClinician = await Platform.SendAs(Users.Administrator, new AddClinician("Dr. Jordi Vidal", "Cardiology", ["ca", "es", "en"]));
        var first = await RegisterAsync();
        var second = await RegisterAsync(Registrations.IllTraveler());
        await BookAsync(first, clinician, room, _start, 30);

        var sameRoom = await Should.ThrowAsync<BusinessRuleException>(() => BookAsync(second, otherClinician.Id, room, _start.AddMinutes(29), 30));
        var samePatient = await Should.ThrowAsync<BusinessRuleException>(() => BookAsync(first, otherClinician.Id, otherRoom, _start.AddMinutes(-20), 30));
        var backToBack = await BookAsync(second, otherClinician.Id, room, _start.AddMinutes(30), 30);

        sameRoom.Message.ShouldContain("room Consulta 1");
        samePatient.Message.ShouldContain($"patient {first}");
        backToBack.Status.ShouldBe(AppointmentStatus.Booked);
    }

    [Fact]
    public async Task CancelledAppointment_FreesItsSlot()
    {
        var (clinician, room, _) = await ResourcesAsync();
        var patient = await RegisterAsync();
        var booked = await BookAsync(patient, clinician, room, _start, 30);
        await Platform.SendAs(Users.Coordinator, new CancelAppointment(patient, booked.Id, booked.Version, "Flight cancelled"));

        var again = await BookAsync(patient, clinician, room, _start, 30);

        again.Id.ShouldNotBe(booked.Id);
    }

    protected async Task<(Guid Clinician, Guid Room, Guid OtherRoom)> ResourcesAsync()
    {
        var clinician = await Platform.SendAs(Users.Administrator, new AddClinician("Dra. Laura Puig", "Oncology", ["es", "ca", "en"]));
        var room = await Platform.SendAs(Users.Administrator, new AddRoom("Consulta 1", RoomKind.ConsultingRoom));
        var other = await Platform.SendAs(Users.Administrator, new AddRoom("Consulta 2", RoomKind.ConsultingRoom));
        return (clinician.Id, room.Id, other.Id);
    }

    protected async Task<Guid> RegisterAsync(RegisterPatient? registration = null) =>
        (await Platform.SendAs(Users.Coordinator, registration ?? Registrations.MedicalTourist())).Patient.Id;

    protected Task<AppointmentDto> BookAsync(Guid patient, Guid clinician, Guid? room, DateTimeOffset start, int minutes, ClaimsPrincipal? by = null) =>
        Platform.SendAs(by ?? Users.Coordinator, new BookAppointment(patient, AppointmentKind.Consultation, clinician, new AppointmentStart(At: start), minutes, RoomId: room));
}

public sealed class SqliteConflictTests() : ConflictTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresConflictTests() : ConflictTests("Postgres")
{
    [Fact]
    public async Task TwoBookingsRacingForOneClinician_ExactlyOneWins()
    {
        var (clinician, room, otherRoom) = await ResourcesAsync();
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(12).AddHours(9), TimeSpan.Zero);
        var results = new List<Exception?>();
        for (var round = 0; round < 5; round++)
        {
            var first = await RegisterAsync(Registrations.Named($"Racer {(char)('A' + round)}", "First"));
            var second = await RegisterAsync(Registrations.Named($"Runner {(char)('K' + round)}", "Second"));
            var at = start.AddHours(round);
            var outcomes = await Task.WhenAll(Attempt(() => BookAsync(first, clinician, room, at, 30)), Attempt(() => BookAsync(second, clinician, otherRoom, at.AddMinutes(10), 30)));
            outcomes.Count(o => o is null).ShouldBe(1, $"round {round}: {string.Join(" | ", outcomes.Select(o => o?.Message ?? "booked"))}");
            outcomes.OfType<BusinessRuleException>().ShouldHaveSingleItem().Code.ShouldBe("APPOINTMENT_CONFLICT");
            results.AddRange(outcomes);
        }

        var booked = await Platform.SendAs(Users.Coordinator, new SearchAppointments(new AppointmentFilter(ClinicianId: clinician), 100));
        booked.Edges.Count.ShouldBe(5);
    }

    private static async Task<Exception?> Attempt(Func<Task> booking)
    {
        await Task.Yield();
        try
        {
            await booking();
            return null;
        }
        catch (BusinessRuleException ex)
        {
            return ex;
        }
    }
}
