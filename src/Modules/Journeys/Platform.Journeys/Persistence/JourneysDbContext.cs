using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
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

    /// <summary>
    /// History is kept: stage changes, timeline entries, published pathways and readings are never changed or removed.
    /// When tasks are added, re-planned or closed, their journeys' <see cref="Journey.EarliestOpenTaskDueAt"/>
    /// is recomputed in the same transaction, whichever feature made the change.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        HashSet<Guid> replanned = [];
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry is { Entity: StageChange or TimelineEntry or PathwayVersion or PathwayStep or PathwayFollowUp or PathwayMonitoringDefault or TaskComment or Reading, State: EntityState.Modified or EntityState.Deleted })
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} {entry.Property("Id").CurrentValue}: history is never changed or removed.");
            }

            if (entry is { Entity: CareTask task } && ChangesDueness(entry))
            {
                replanned.Add(task.JourneyId);
            }
        }

        if (replanned.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (ownTransaction)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await Journeys
                .Where(j => replanned.Contains(j.Id))
                .ExecuteUpdateAsync(
                    set => set.SetProperty(
                        j => j.EarliestOpenTaskDueAt,
                        j => Tasks
                            .Where(t => t.JourneyId == j.Id && t.DueAt != null && (t.Status == CareTaskStatus.Open || t.Status == CareTaskStatus.InProgress))
                            .Min(t => t.DueAt)),
                    cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
    }

    private static bool ChangesDueness(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => entry.Property(nameof(CareTask.DueAt)).IsModified || entry.Property(nameof(CareTask.Status)).IsModified,
        _ => false,
    };

    protected override void ConfigureModel(ModelBuilder modelBuilder) => JourneyModel.Configure(modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        JourneyModel.Conventions(configurationBuilder);
    }
}
