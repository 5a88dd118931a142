using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Resources;

namespace Platform.Scheduling.Persistence;

internal sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options) : ModuleDbContext(options)
{
    public const string CliniciansTable = "clinicians";
    public const string RoomsTable = "rooms";
    public const string AppointmentsTable = "appointments";
    public const string RemindersTable = "appointment_reminders";
    public const int EnumLength = 40;
    public const int NameLength = 200;
    public const int TextLength = 2000;
    public const int NoteLength = 8000;
    public const int UrlLength = 2000;
    public const int ZoneLength = 64;

    public DbSet<Clinician> Clinicians => Set<Clinician>();

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<AppointmentReminder> Reminders => Set<AppointmentReminder>();

    public IQueryable<Appointment> AppointmentsWithReminders => Appointments.Include(a => a.Reminders);

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Clinician>(clinician =>
        {
            clinician.ToTable(CliniciansTable);
            clinician.HasKey(c => c.Id);
            clinician.Property(c => c.Id).ValueGeneratedNever();
            clinician.Property(c => c.Name).HasMaxLength(NameLength);
            clinician.Property(c => c.Specialty).HasMaxLength(NameLength);
            clinician.Property(c => c.Languages).HasMaxLength(500);
        });

        modelBuilder.Entity<Room>(room =>
        {
            room.ToTable(RoomsTable);
            room.HasKey(r => r.Id);
            room.Property(r => r.Id).ValueGeneratedNever();
            room.Property(r => r.Name).HasMaxLength(NameLength);
        });

        modelBuilder.Entity<Appointment>(appointment =>
        {
            appointment.ToTable(AppointmentsTable);
            appointment.HasKey(a => a.Id);
            appointment.Property(a => a.Id).ValueGeneratedNever();
            appointment.Property(a => a.Reason).HasMaxLength(TextLength);
            appointment.Property(a => a.Notes).HasMaxLength(TextLength);
            appointment.Property(a => a.VisitNote).HasMaxLength(NoteLength);
            appointment.Property(a => a.CancelReason).HasMaxLength(TextLength);
            appointment.Property(a => a.PatientTimeZone).HasMaxLength(ZoneLength);
            appointment.Property(a => a.PatientChannel).HasMaxLength(EnumLength);
            appointment.Property(a => a.PatientLanguage).HasMaxLength(ZoneLength);
            appointment.Property(a => a.VideoPartnerId).HasMaxLength(NameLength);
            appointment.Property(a => a.VideoVisitId).HasMaxLength(NameLength);
            appointment.Property(a => a.PatientJoinUrl).HasMaxLength(UrlLength);
            appointment.Property(a => a.ClinicianJoinUrl).HasMaxLength(UrlLength);
            appointment.Property(a => a.BookedBy).HasMaxLength(NameLength);
            appointment.Ignore(a => a.Holds);
            appointment.HasMany(a => a.Reminders).WithOne().HasForeignKey(r => r.AppointmentId);
            appointment.Navigation(a => a.Reminders).HasField("_reminders");

            // Conflict checks look up one clinician's, room's or patient's appointments around an interval; lists page by start.
            appointment.HasIndex(a => new { a.ClinicianId, a.StartsAt });
            appointment.HasIndex(a => new { a.RoomId, a.StartsAt });
            appointment.HasIndex(a => new { a.PatientId, a.StartsAt });
            appointment.HasIndex(a => new { a.StartsAt, a.Id });
            appointment.HasIndex(a => a.JourneyId);
        });

        modelBuilder.Entity<AppointmentReminder>(reminder =>
        {
            reminder.ToTable(RemindersTable);
            reminder.HasKey(r => r.Id);
            reminder.Property(r => r.Id).ValueGeneratedNever();
            reminder.Property(r => r.Channel).HasMaxLength(EnumLength);
            reminder.Property(r => r.Language).HasMaxLength(ZoneLength);

            // Never twice for the same offset; the pass finds unsent reminders by due time.
            reminder.HasIndex(r => new { r.AppointmentId, r.OffsetMinutes }).IsUnique();
            reminder.HasIndex(r => new { r.SentAt, r.DueAt });
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ByName<AppointmentKind>(configurationBuilder);
        ByName<AppointmentStatus>(configurationBuilder);
        ByName<RoomKind>(configurationBuilder);
    }

    private static void ByName<TEnum>(ModelConfigurationBuilder configuration)
        where TEnum : struct, Enum =>
        configuration.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(EnumLength);
}
