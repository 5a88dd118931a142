using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Platform.Journeys.Contracts;
using Platform.Journeys.FollowUpPlans;
using Platform.Journeys.Journeys;
using Platform.Journeys.Monitoring;
using Platform.Journeys.Pathways;
using Platform.Journeys.Tasks;
using Platform.Patients.Contracts;
using static Platform.Journeys.Persistence.JourneysDbContext;

namespace Platform.Journeys.Persistence;

/// <summary>
/// The module's tables. Enums are stored by name; what a screen filters or sorts on (stage,
/// coordinator, dates, a task's owner and due date) is a plain indexed column.
/// </summary>
internal static class JourneyModel
{
    public const int EnumLength = 40;
    public const int Title = 200;
    public const int UserId = 200;
    public const int ServiceLine = 60;
    public const int Text = 2000;
    public const int Kind = 60;
    public const int DeviceId = 100;
    public const int DeviceSource = DeviceId + 7;

    public static void Conventions(ModelConfigurationBuilder configuration)
    {
        ByName<PatientKind>(configuration);
        ByName<JourneyStage>(configuration);
        ByName<CareSetting>(configuration);
        ByName<MilestoneKind>(configuration);
        ByName<CareTeamRole>(configuration);
        ByName<CareTaskPriority>(configuration);
        ByName<CareTaskStatus>(configuration);
        ByName<FollowUpKind>(configuration);
        ByName<FollowUpOffsetUnit>(configuration);
        ByName<FollowUpPlanEndReason>(configuration);
        ByName<MonitoredMeasure>(configuration);
        ByName<ReadingRange>(configuration);
    }

    public static void Configure(ModelBuilder modelBuilder)
    {
        ConfigureJourneys(modelBuilder);
        ConfigureTasks(modelBuilder);
        ConfigurePathways(modelBuilder);
        ConfigureFollowUp(modelBuilder);
    }

    private static void ConfigureJourneys(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Journey>(journey =>
        {
            journey.ToTable(JourneysTable);
            journey.HasKey(j => j.Id);
            journey.Property(j => j.Id).ValueGeneratedNever();
            journey.Property(j => j.Title).HasMaxLength(Title);
            journey.Property(j => j.ServiceLine).HasMaxLength(ServiceLine);
            journey.Property(j => j.CoordinatorUserId).HasMaxLength(UserId);
            journey.Property(j => j.OpenedBy).HasMaxLength(UserId);
            journey.HasMany(j => j.Milestones).WithOne().HasForeignKey(m => m.JourneyId);
            journey.HasMany(j => j.StageHistory).WithOne().HasForeignKey(s => s.JourneyId);
            journey.HasMany(j => j.CareTeam).WithOne().HasForeignKey(c => c.JourneyId);
            journey.HasIndex(j => j.PatientId);
            journey.HasIndex(j => new { j.UpdatedAt, j.Id });
            journey.HasIndex(j => new { j.OpenedAt, j.Id });
            journey.HasIndex(j => new { j.Stage, j.UpdatedAt });
            journey.HasIndex(j => new { j.CoordinatorUserId, j.UpdatedAt, j.Id });
        });

        modelBuilder.Entity<JourneyMilestone>(milestone =>
        {
            milestone.ToTable(MilestonesTable);
            milestone.HasKey(m => new { m.JourneyId, m.Kind });
            milestone.Property(m => m.SetBy).HasMaxLength(UserId);
        });

        modelBuilder.Entity<StageChange>(change =>
        {
            change.ToTable(StageChangesTable);
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedNever();
            change.Property(c => c.By).HasMaxLength(UserId);
            change.Property(c => c.Reason).HasMaxLength(Text);
            change.HasIndex(c => c.JourneyId);
        });

        modelBuilder.Entity<CareTeamMember>(member =>
        {
            member.ToTable(CareTeamTable);
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever();
            member.Property(m => m.UserId).HasMaxLength(UserId);
            member.Property(m => m.Name).HasMaxLength(Title);
            member.Property(m => m.AssignedBy).HasMaxLength(UserId);
            member.HasIndex(m => m.JourneyId);
        });

        modelBuilder.Entity<TimelineEntry>(entry =>
        {
            entry.ToTable(TimelineTable);
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.Kind).HasMaxLength(Kind);
            entry.Property(e => e.Summary).HasMaxLength(Text);
            entry.Property(e => e.Actor).HasMaxLength(UserId);
            entry.Property(e => e.Source).HasMaxLength(Kind);
            entry.HasIndex(e => new { e.JourneyId, e.OccurredAt, e.Id });
        });
    }

    private static void ConfigureTasks(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CareTask>(task =>
        {
            task.ToTable(TasksTable);
            task.HasKey(t => t.Id);
            task.Property(t => t.Id).ValueGeneratedNever();
            task.Property(t => t.Title).HasMaxLength(Title);
            task.Property(t => t.OwnerRole).HasMaxLength(EnumLength);
            task.Property(t => t.AssigneeUserId).HasMaxLength(UserId);
            task.Property(t => t.CreatedBy).HasMaxLength(UserId);
            task.Property(t => t.CompletedBy).HasMaxLength(UserId);
            task.Ignore(t => t.IsActive);
            task.HasMany(t => t.Comments).WithOne().HasForeignKey(c => c.TaskId);
            task.HasIndex(t => new { t.JourneyId, t.StepNumber });
            task.HasIndex(t => new { t.AssigneeUserId, t.Status, t.DueAt });
            task.HasIndex(t => new { t.OwnerRole, t.Status, t.DueAt });
            task.HasIndex(t => new { t.Status, t.DueAt });
            task.HasIndex(t => new { t.JourneyId, t.Status, t.DueAt });
        });

        modelBuilder.Entity<TaskComment>(comment =>
        {
            comment.ToTable(CommentsTable);
            comment.HasKey(c => c.Id);
            comment.Property(c => c.Id).ValueGeneratedNever();
            comment.Property(c => c.Text).HasMaxLength(Text);
            comment.Property(c => c.By).HasMaxLength(UserId);
            comment.HasIndex(c => c.TaskId);
        });
    }

    private static void ConfigurePathways(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PathwayVersion>(pathway =>
        {
            pathway.ToTable(PathwaysTable);
            pathway.HasKey(p => p.Id);
            pathway.Property(p => p.Id).ValueGeneratedNever();
            pathway.Property(p => p.ServiceLine).HasMaxLength(ServiceLine);
            pathway.Property(p => p.Name).HasMaxLength(Title);
            pathway.Property(p => p.Description).HasMaxLength(Text);
            pathway.Property(p => p.PublishedBy).HasMaxLength(UserId);
            Lines(pathway.Property(p => p.RequiredDocuments));
            Lines(pathway.Property(p => p.Checklist));
            pathway.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.PathwayVersionId);
            pathway.HasMany(p => p.FollowUps).WithOne().HasForeignKey(f => f.PathwayVersionId);
            pathway.HasMany(p => p.Monitoring).WithOne().HasForeignKey(m => m.PathwayVersionId);
            pathway.HasIndex(p => new { p.ServiceLine, p.Number }).IsUnique();
        });

        modelBuilder.Entity<PathwayStep>(step =>
        {
            step.ToTable(StepsTable);
            step.HasKey(s => s.Id);
            step.Property(s => s.Id).ValueGeneratedNever();
            step.Property(s => s.Title).HasMaxLength(Title);
            step.Property(s => s.OwnerRole).HasMaxLength(EnumLength);
            step.HasIndex(s => new { s.PathwayVersionId, s.Number }).IsUnique();
        });
    }

    private static void ConfigureFollowUp(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PathwayFollowUp>(followUp =>
        {
            followUp.ToTable(PathwayFollowUpsTable);
            followUp.HasKey(f => f.Id);
            followUp.Property(f => f.Id).ValueGeneratedNever();
            followUp.Property(f => f.Title).HasMaxLength(Title);
            followUp.Property(f => f.OwnerRole).HasMaxLength(EnumLength);
            followUp.Property(f => f.Instructions).HasMaxLength(Text);
            followUp.HasIndex(f => new { f.PathwayVersionId, f.Number }).IsUnique();
        });

        modelBuilder.Entity<PathwayMonitoringDefault>(monitoring =>
        {
            monitoring.ToTable(PathwayMonitoringTable);
            monitoring.HasKey(m => new { m.PathwayVersionId, m.Measure });
        });

        modelBuilder.Entity<FollowUpPlan>(plan =>
        {
            plan.ToTable(FollowUpPlansTable);
            plan.HasKey(p => p.JourneyId);
            plan.Property(p => p.StartedBy).HasMaxLength(UserId);
            plan.Property(p => p.EndedBy).HasMaxLength(UserId);
            plan.Property(p => p.EndNote).HasMaxLength(Text);
            plan.Ignore(p => p.IsEnded);
            plan.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.JourneyId);
            plan.HasIndex(p => p.PatientId);
        });

        modelBuilder.Entity<FollowUpItem>(item =>
        {
            item.ToTable(FollowUpItemsTable);
            item.HasKey(i => i.Id);
            item.Property(i => i.Id).ValueGeneratedNever();
            item.Property(i => i.Title).HasMaxLength(Title);
            item.Property(i => i.OwnerRole).HasMaxLength(EnumLength);
            item.Property(i => i.Instructions).HasMaxLength(Text);
            item.Property(i => i.Outcome).HasMaxLength(Text);
            item.Property(i => i.SkipReason).HasMaxLength(Text);
            item.Property(i => i.AddedBy).HasMaxLength(UserId);
            item.HasIndex(i => new { i.JourneyId, i.Number }).IsUnique();
            item.HasIndex(i => i.TaskId).IsUnique();
        });

        modelBuilder.Entity<MonitoredMeasureState>(measure =>
        {
            measure.ToTable(MeasuresTable);
            measure.HasKey(m => new { m.JourneyId, m.Measure });
            measure.Property(m => m.Unit).HasMaxLength(EnumLength);
            measure.Property(m => m.Origin).HasMaxLength(EnumLength);
            measure.Property(m => m.SetBy).HasMaxLength(UserId);
        });

        modelBuilder.Entity<Reading>(reading =>
        {
            reading.ToTable(ReadingsTable);
            reading.HasKey(r => r.Id);
            reading.Property(r => r.Id).ValueGeneratedNever();
            reading.Property(r => r.Unit).HasMaxLength(EnumLength);
            reading.Property(r => r.EnteredUnit).HasMaxLength(EnumLength);
            reading.Property(r => r.Source).HasMaxLength(DeviceSource);
            reading.Property(r => r.DeviceId).HasMaxLength(DeviceId);
            reading.Property(r => r.RecordedBy).HasMaxLength(UserId);
            reading.HasIndex(r => new { r.JourneyId, r.TakenAt, r.Id });
            reading.HasIndex(r => new { r.JourneyId, r.Measure, r.TakenAt, r.Id });
            // A device's reading is the same reading when sent again: same device, measure and time taken.
            reading.HasIndex(r => new { r.JourneyId, r.DeviceId, r.Measure, r.TakenAt }).IsUnique();
        });
    }

    /// <summary>A short list of lines kept as one text column, one item per line (items cannot hold a line break; validation refuses them).</summary>
    private static void Lines(Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<List<string>> property) =>
        property
            .HasConversion(v => string.Join('\n', v), s => s.Length == 0 ? new List<string>() : s.Split('\n', StringSplitOptions.None).ToList())
            .HasMaxLength(Text * 2)
            .Metadata.SetValueComparer(new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))), v => v.ToList()));

    private static void ByName<TEnum>(ModelConfigurationBuilder configuration)
        where TEnum : struct, Enum =>
        configuration.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(EnumLength);
}
