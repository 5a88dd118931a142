using Platform.Kernel.Messaging;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.Tests.Appointments;

/// <summary>The status moves an appointment allows, and the reminders it plans.</summary>
public sealed class AppointmentStatusTests
{
    private static readonly DateTimeOffset _now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _start = _now.AddDays(5);
    private static readonly TimeSpan[] _offsets = [TimeSpan.FromHours(48), TimeSpan.FromHours(2)];

    [Fact]
    public void Booked_ThenConfirmed_ThenCompletedAfterTheStart_KeepsTheVisitNote()
    {
        var appointment = Booked();

        appointment.Confirm(_now);
        appointment.Complete("  Stable; follow up in 6 weeks. ", _start.AddMinutes(20));

        (appointment.Status, appointment.VisitNote).ShouldBe((AppointmentStatus.Completed, "Stable; follow up in 6 weeks."));
    }

    [Fact]
    public void Complete_BeforeTheStart_IsRefused()
    {
        var refusal = Should.Throw<BusinessRuleException>(() => Booked().Complete("note", _now));

        refusal.Code.ShouldBe("APPOINTMENT_NOT_STARTED");
    }

    [Theory]
    [InlineData(AppointmentStatus.Cancelled)]
    [InlineData(AppointmentStatus.NoShow)]
    [InlineData(AppointmentStatus.Completed)]
    public void FinalStatuses_RefuseEveryMove(AppointmentStatus final)
    {
        var appointment = In(final);

        foreach (var move in new Action[] { () => appointment.Confirm(_now), () => appointment.Cancel("x", _now), () => appointment.MarkNoShow(_start.AddHours(1)), () => appointment.Reschedule(_start.AddDays(1), 30, appointment.ClinicianId, null, _now) })
        {
            var refusal = Should.Throw<BusinessRuleException>(move);
            refusal.Code.ShouldBe("APPOINTMENT_STATUS");
            refusal.Message.ShouldContain($"is {final}");
        }
    }

    [Fact]
    public void Confirm_Twice_IsRefused()
    {
        var appointment = Booked();
        appointment.Confirm(_now);

        Should.Throw<BusinessRuleException>(() => appointment.Confirm(_now)).Code.ShouldBe("APPOINTMENT_STATUS");
    }

    [Fact]
    public void PlanReminders_PlansEachOffsetAhead_AndRescheduleMovesOnlyPendingOnes()
    {
        var appointment = Booked();
        appointment.PlanReminders(_offsets, _now);
        appointment.Reminders.Select(r => (r.OffsetMinutes, r.DueAt)).ShouldBe([(2880, _start.AddHours(-48)), (120, _start.AddHours(-2))], ignoreOrder: true);

        var sent = appointment.Reminders.Single(r => r.OffsetMinutes == 2880);
        sent.Sent("WhatsApp", "ar", _start.AddHours(-47));
        appointment.Reschedule(_start.AddDays(2), 30, appointment.ClinicianId, appointment.RoomId, _start.AddHours(-40));
        appointment.PlanReminders(_offsets, _start.AddHours(-40));

        appointment.Reminders.Count.ShouldBe(2);
        appointment.Reminders.Single(r => r.OffsetMinutes == 2880).ShouldBeSameAs(sent);
        appointment.Reminders.Single(r => r.OffsetMinutes == 120).DueAt.ShouldBe(_start.AddDays(2).AddHours(-2));
        appointment.Status.ShouldBe(AppointmentStatus.Booked);
    }

    [Fact]
    public void PlanReminders_SkipsOffsetsAlreadyPast()
    {
        var appointment = Booked(start: _now.AddHours(3));

        appointment.PlanReminders(_offsets, _now);

        appointment.Reminders.ShouldHaveSingleItem().OffsetMinutes.ShouldBe(120);
    }

    private static Appointment Booked(DateTimeOffset? start = null) => Appointment.Book(
        new BookingFacts(Guid.CreateVersion7(), Guid.NewGuid(), null, AppointmentKind.Consultation, Guid.NewGuid(), Guid.NewGuid(), false, start ?? _start, 30, "Second opinion", null,
            new PatientFacts("Asia/Dubai", "WhatsApp", "ar"), null),
        "amira",
        _now);

    private static Appointment In(AppointmentStatus status)
    {
        var appointment = Booked();
        switch (status)
        {
            case AppointmentStatus.Cancelled:
                appointment.Cancel("Patient postponed travel", _now);
                break;
            case AppointmentStatus.NoShow:
                appointment.MarkNoShow(_start.AddMinutes(15));
                break;
            default:
                appointment.Complete("Seen", _start.AddMinutes(30));
                break;
        }

        return appointment;
    }
}
