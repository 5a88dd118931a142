using Microsoft.Extensions.DependencyInjection;
using Platform.Journeys.Background;
using Platform.Journeys.Features.OpenJourney;
using Platform.Journeys.GraphQL;
using Platform.Journeys.Persistence;
using Platform.Kernel.Modules;
using Platform.Patients.Contracts.GraphQL;

namespace Platform.Journeys;

/// <summary>
/// The journeys the center runs for its patients: the stage state machine, care pathways planned into
/// tasks with service levels and escalation, the care team and the one timeline of a journey, and the
/// continuity of care after discharge: the follow-up plan and remote monitoring.
/// </summary>
public sealed class JourneysModule : IModule
{
    public const string SchemaName = "journeys";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<JourneysOptions>().Bind(builder.Configuration.GetSection(JourneysOptions.SectionName));
        builder.Services.AddScoped<PatientLookup>();
        builder.Services.AddScoped<Features.SearchJourneys.JourneyScope>();
        builder.Services.AddHostedService<DefaultPathwaysOnStart>();
        builder.Services.AddHostedService<TaskEscalationService>();
        builder
            .AddDbContext<JourneysDbContext>()
            .AddGraphQL(schema => schema
                .AddAnnotated(typeof(JourneyQueries), typeof(JourneyMutations), typeof(TaskMutations), typeof(PathwayMutations), typeof(FollowUpMutations), typeof(MonitoringMutations), typeof(JourneySubscriptions))
                .ExtendType<PatientGraphType, PatientJourneys>());
    }
}
