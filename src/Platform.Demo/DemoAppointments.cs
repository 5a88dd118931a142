using Platform.Journeys.Contracts;
using Platform.Scheduling.Contracts;

namespace Platform.Demo;

/// <summary>
/// The center's calendars: clinicians with Spanish names and the languages they consult in, rooms,
/// and appointments for the demo patients whose journeys are before travel (telehealth second
/// opinions and pre-admission tests), in care (consultations and procedures, the past ones completed
/// with a visit note) and in follow-up (telehealth check-ups from home). Booked through the same
/// requests the API sends, by the coordinator, at dates before today.
/// </summary>
internal static class DemoAppointments
{
    private static readonly (string Name, string Specialty, string[] Languages)[] _clinicians =
    [
        ("Dra. Laura Puig i Soler", "Medical oncology", ["es", "ca", "en"]),
        ("Dr. Jordi Vidal Ferrer", "Cardiology", ["ca", "es", "en", "fr"]),
        ("Dra. Carmen Ruiz Navarro", "Orthopaedic surgery", ["es", "en", "de"]),
        ("Dr. Alejandro Martín Ortega", "Internal medicine", ["es", "en", "ru"]),
        ("Dra. Nuria Castells Roca", "Radiology", ["ca", "es", "en"]),
        ("Dr. Pablo Serrano Gil", "Fertility medicine", ["es", "en", "ar"]),
    ];

    private static readonly (string Name, RoomKind Kind)[] _rooms =
    [
        ("Consulta 1, planta 2", RoomKind.ConsultingRoom),
        ("Consulta 2, planta 2", RoomKind.ConsultingRoom),
        ("Sala de procedimientos A", RoomKind.ProcedureRoom),
        ("Resonancia magnética", RoomKind.Imaging),
        ("Laboratorio de extracciones", RoomKind.Laboratory),
    ];

    public static IEnumerable<DemoStep> Stories(DemoCast cast, DateTimeOffset now)
    {
        var calendar = new Calendar();
        yield return new DemoStep(now.AddDays(-21), cast.Administrator, async (mediator, _, ct) =>
        {
            foreach (var (name, specialty, languages) in _clinicians)
            {
                calendar.Clinicians.Add((await mediator.Send(new AddClinician(name, specialty, languages), ct)).Id);
            }

            foreach (var (name, kind) in _rooms)
            {
                calendar.Rooms.Add((await mediator.Send(new AddRoom(name, kind), ct)).Id);
            }
        });

        // Patients in care a fortnight ago were seen in person; the visit is completed with its note.
        yield return new DemoStep(now.AddDays(-20), cast.Coordinator, async (mediator, state, ct) =>
        {
            var day = 0;
            foreach (var journey in Open(state, JourneyStage.InCare, JourneyStage.Discharged, JourneyStage.FollowUp).Take(8))
            {
                var start = Slot(now.AddDays(-14 + (day % 5)), 9 + (day / 5), 0);
                var booked = await mediator.Send(new BookAppointment(journey.PatientId, AppointmentKind.Consultation, calendar.Clinicians[day % calendar.Clinicians.Count],
                    new AppointmentStart(At: start), 45, RoomId: calendar.Rooms[day % 2], Reason: "Assessment on arrival", JourneyId: journey.Id), ct);
                state.Schedule(new DemoStep(start.AddMinutes(50), cast.Clinician, async (m, _, token) =>
                    await m.Send(new CompleteAppointment(booked.PatientId, booked.Id, booked.Version, "Seen on arrival: history and records reviewed with the interpreter; plan confirmed with the patient."), token)));
                day++;
            }
        });

        // What lies ahead: telehealth before travel, tests and procedures in care, telehealth follow-ups from home.
        yield return new DemoStep(now.AddDays(-2), cast.Coordinator, async (mediator, state, ct) =>
        {
            var slot = 0;
            foreach (var journey in Open(state, JourneyStage.Confirmed, JourneyStage.PreTravel).Take(5))
            {
                await mediator.Send(new BookAppointment(journey.PatientId, AppointmentKind.Consultation, calendar.Clinicians[slot % calendar.Clinicians.Count],
                    new AppointmentStart(At: Slot(now.AddDays(3 + slot), 16, 0)), 30, Telehealth: true, Reason: "Second opinion before travel", JourneyId: journey.Id,
                    JoinLink: $"https://meet.carelink.example/demo/pre-travel-{slot + 1}"), ct);
                slot++;
            }

            foreach (var journey in Open(state, JourneyStage.InCare).Take(5))
            {
                await mediator.Send(new BookAppointment(journey.PatientId, slot % 2 == 0 ? AppointmentKind.Test : AppointmentKind.Procedure, calendar.Clinicians[slot % calendar.Clinicians.Count],
                    new AppointmentStart(At: Slot(now.AddDays(1 + (slot % 4)), 8 + (slot % 6), 30)), 60, RoomId: calendar.Rooms[2 + (slot % 3)], Reason: "Planned in the care pathway", JourneyId: journey.Id), ct);
                slot++;
            }

            foreach (var journey in Open(state, JourneyStage.FollowUp, JourneyStage.Discharged).Take(5))
            {
                await mediator.Send(new BookAppointment(journey.PatientId, AppointmentKind.FollowUp, calendar.Clinicians[slot % calendar.Clinicians.Count],
                    new AppointmentStart(At: Slot(now.AddDays(7 + slot), 15, 0)), 20, Telehealth: true, Reason: "Two-week check-up from home", JourneyId: journey.Id,
                    JoinLink: $"https://meet.carelink.example/demo/follow-up-{slot + 1}"), ct);
                slot++;
            }
        });
    }

    private static IEnumerable<JourneyDto> Open(DemoState state, params JourneyStage[] stages) =>
        state.Journeys.Values.Where(j => stages.Contains(j.Stage)).OrderBy(j => j.Id);

    /// <summary>A start on a whole quarter hour in UTC on that day.</summary>
    private static DateTimeOffset Slot(DateTimeOffset day, int hour, int minute) => new(day.UtcDateTime.Date.AddHours(hour).AddMinutes(minute), TimeSpan.Zero);

    private sealed class Calendar
    {
        public List<Guid> Clinicians { get; } = [];

        public List<Guid> Rooms { get; } = [];
    }
}
