using Microsoft.EntityFrameworkCore;
using Platform.Journeys.FollowUpPlans;
using Platform.Journeys.Journeys;
using Platform.Journeys.Monitoring;
using Platform.Journeys.Pathways;
using Platform.Journeys.Tasks;
using Platform.Kernel.Persistence;

namespace Platform.Journeys.Persistence;

internal sealed class JourneysDbContext(DbContextOptions<JourneysDbContext> options) : ModuleDbContext(options)
{
    public const string JourneysTable = "journeys";
    public const string MilestonesTable = "milestones";
    public const string StageChangesTable = "stage_changes";
    public const string CareTeamTable = "care_team_members";
    public const string TasksTable = "care_tasks";
    public const string CommentsTable = "task_comments";
    public const string TimelineTable = "timeline_entries";
    public const string PathwaysTable = "pathway_versions";
    public const string StepsTable = "pathway_steps";
    public const string PathwayFollowUpsTable = "pathway_follow_ups";
    public const string PathwayMonitoringTable = "pathway_monitoring";
    public const string FollowUpPlansTable = "follow_up_plans";
    public const string FollowUpItemsTable = "follow_up_items";
    public const string MeasuresTable = "monitored_measures";
    public const string ReadingsTable = "readings";

    public DbSet<Journey> Journeys => Set<Journey>();

    public DbSet<CareTask> Tasks => Set<CareTask>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    public DbSet<PathwayVersion> Pathways => Set<PathwayVersion>();

    public DbSet<FollowUpPlan> FollowUpPlans => Set<FollowUpPlan>();

    public DbSet<FollowUpItem> FollowUpItems => Set<FollowUpItem>();

    public DbSet<MonitoredMeasureState> Measures => Set<MonitoredMeasureState>();

    public DbSet<Reading> Readings => Set<Reading>();

    /// <summary>History is kept: stage changes, timeline entries, published pathways and readings are never changed or removed.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry is { Entity: StageChange or TimelineEntry or PathwayVersion or PathwayStep or PathwayFollowUp or PathwayMonitoringDefault or TaskComment or Reading, State: EntityState.Modified or EntityState.Deleted })
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} {entry.Property("Id").CurrentValue}: history is never changed or removed.");
            }
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder) => JourneyModel.Configure(modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        JourneyModel.Conventions(configurationBuilder);
    }
}
