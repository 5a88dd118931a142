using Platform.Kernel.Security;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Tests.Infrastructure;

namespace Platform.Scheduling.Tests.Appointments;

/// <summary>ListPatientAppointments, the contract the health passport reads: both clocks, clinician, place, status, and the patient's own scope.</summary>
public sealed class PatientAppointmentsContractTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SchedulingPlatform _platform = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("Sqlite");
        _platform = await SchedulingPlatform.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ListPatientAppointments_FromAnInstant_GivesKindClinicianPlaceStatusAndBothClocks()
    {
        var clinician = await _platform.SendAs(Users.Administrator, new AddClinician("Dra. Carmen Ruiz", "Orthopaedic surgery", ["es", "en"]));
        var room = await _platform.SendAs(Users.Administrator, new AddRoom("Sala de procedimientos A", RoomKind.ProcedureRoom));
        var patient = (await _platform.SendAs(Users.Coordinator, Registrations.MedicalTourist())).Patient.Id;
        var early = new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
        await _platform.SendAs(Users.Coordinator, new BookAppointment(patient, AppointmentKind.Test, clinician.Id, new AppointmentStart(At: early), 30, RoomId: room.Id));
        await _platform.SendAs(Users.Coordinator, new BookAppointment(patient, AppointmentKind.Procedure, clinician.Id, new AppointmentStart(FacilityLocal: "2027-04-05T08:30"), 90, RoomId: room.Id));
        await _platform.SendAs(Users.Coordinator, new BookAppointment(patient, AppointmentKind.FollowUp, clinician.Id, new AppointmentStart(FacilityLocal: "2027-05-10T16:00"), 20, Telehealth: true, JoinLink: "https://meet.example.org/f/1"));

        var listed = await _platform.SendAs(Users.PatientWithRecord(patient), new ListPatientAppointments(patient, early.AddDays(1)));

        listed.Select(a => (a.Kind, a.Status, a.ClinicianName, a.RoomName, a.Telehealth, a.DurationMinutes)).ShouldBe(
        [
            (AppointmentKind.Procedure, AppointmentStatus.Booked, "Dra. Carmen Ruiz", "Sala de procedimientos A", false, 90),
            (AppointmentKind.FollowUp, AppointmentStatus.Booked, "Dra. Carmen Ruiz", null, true, 20),
        ]);
        (listed[0].FacilityTime.Local, listed[0].FacilityTime.Offset, listed[0].FacilityTime.Zone).ShouldBe(("2027-04-05T08:30", "+02:00", "Europe/Madrid"));
        (listed[0].PatientTime!.Local, listed[0].PatientTime!.Offset, listed[0].PatientTime!.Zone).ShouldBe(("2027-04-05T10:30", "+04:00", "Asia/Dubai"));
    }

    [Fact]
    public async Task ListPatientAppointments_OfAnotherPatient_IsRefusedToAPatient()
    {
        var patient = (await _platform.SendAs(Users.Coordinator, Registrations.MedicalTourist())).Patient.Id;

        await Should.ThrowAsync<AccessDeniedException>(() => _platform.SendAs(Users.PatientWithRecord(Guid.NewGuid()), new ListPatientAppointments(patient)));
    }
}
