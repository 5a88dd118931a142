using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Modules;
using Platform.Kernel.Values;
using Platform.Patients.Contracts.GraphQL;
using Platform.Scheduling.Background;
using Platform.Scheduling.Features.ChangeAppointmentStatus;
using Platform.Scheduling.Features.ReadAppointments;
using Platform.Scheduling.GraphQL;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Video;

namespace Platform.Scheduling;

/// <summary>
/// Appointments and telehealth: clinicians' and rooms' calendars, bookings refused when they
/// overlap, status moves, reminders before the start, video visits through a video-visits partner,
/// and every start shown on the facility's clock and on the patient's home clock.
/// </summary>
public sealed class SchedulingModule : IModule
{
    public const string SchemaName = "scheduling";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SchedulingOptions>()
            .Bind(builder.Configuration.GetSection(SchedulingOptions.SectionName))
            .Validate(o => TimeZoneId.TryParse(o.FacilityTimeZone, out _), "Scheduling:FacilityTimeZone must be an IANA time zone such as Europe/Madrid.")
            .Validate(o => o.Offsets.All(offset => offset > TimeSpan.Zero && offset <= TimeSpan.FromDays(30)), "Scheduling:ReminderOffsets must be durations before the start between 00:01:00 and 30.00:00:00, such as 2.00:00:00 and 02:00:00.")
            .ValidateOnStart();
        services.AddScoped<VideoVisitDesk>();
        services.AddScoped<StatusMove>();
        services.AddScoped<AppointmentScope>();
        services.AddHostedService<ReminderService>();
        builder
            .AddDbContext<SchedulingDbContext>()
            .AddGraphQL(schema => schema
                .AddAnnotated(typeof(SchedulingQueries), typeof(SchedulingMutations), typeof(SchedulingSubscriptions))
                .ExtendType<PatientGraphType, PatientAppointments>());
    }
}
