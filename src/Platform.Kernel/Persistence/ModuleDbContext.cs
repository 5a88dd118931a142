using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Kernel.Outbox;

namespace Platform.Kernel.Persistence;

/// <summary>
/// The base of every module's database context: the module's schema (or table prefix), its
/// outbox, optimistic concurrency on aggregates, and instants that sort on every provider.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly ModuleContextExtension _module;

    protected ModuleDbContext(DbContextOptions options)
        : base(options)
    {
        _module = options.FindExtension<ModuleContextExtension>()
            ?? throw new InvalidOperationException($"{GetType().Name} must be registered through ModuleBuilder.AddDbContext so it knows its module.");
    }

    public ModuleNaming Naming => new(_module.Schema, _module.Provider);

    public TimeProvider Clock => _module.Clock;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    internal bool WroteOutbox { get; set; }

    /// <summary>Queues a notification for other modules; it is stored when this unit of work commits.</summary>
    public void Publish<TNotification>(TNotification notification, string aggregateKey)
        where TNotification : INotification
    {
        var now = Clock.GetUtcNow();
        var type = typeof(TNotification) == typeof(INotification) ? notification.GetType() : typeof(TNotification);
        OutboxMessages.Add(new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(now),
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(notification, type, OutboxJson.Options),
            AggregateKey = aggregateKey,
            OccurredAt = now,
            NextAttemptAt = now,
        });
        WroteOutbox = true;
    }

    /// <summary>Refuses the coming save unless the aggregate is still at the version the caller read.</summary>
    public void ExpectVersion(Aggregate aggregate, long expectedVersion)
    {
        if (aggregate.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(aggregate.GetType().Name, aggregate.Id, expectedVersion, aggregate.Version);
        }

        // Marking the version modified makes the save an UPDATE of the aggregate's row even when
        // only its child rows changed, so the version check and the bump always happen.
        var version = Entry(aggregate).Property(a => a.Version);
        version.OriginalValue = expectedVersion;
        version.IsModified = true;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<Aggregate>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(a => a.Version).OriginalValue + 1;
            }
        }

        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex) when (ex.Entries.Count > 0 && ex.Entries[0].Entity is Aggregate stale)
        {
            var entry = ex.Entries[0];
            var expected = (long)entry.Property(nameof(Aggregate.Version)).OriginalValue!;
            var current = await entry.GetDatabaseValuesAsync(cancellationToken);
            throw new ConcurrencyConflictException(stale.GetType().Name, stale.Id, expected, (long?)current?[nameof(Aggregate.Version)]);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: the platform never blocks a thread on the database.");

    /// <summary>The module's own model. Table names are given without prefix; the base applies the module's naming.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var naming = Naming;
        if (naming.Schema is { } schema)
        {
            modelBuilder.HasDefaultSchema(schema);
        }

        OutboxModel.Configure(modelBuilder);
        ConfigureModel(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(Aggregate).IsAssignableFrom(entity.ClrType))
            {
                entity.FindProperty(nameof(Aggregate.Version))!.IsConcurrencyToken = true;
            }

            if (entity.GetTableName() is { } table && entity.FindOwnership() is null)
            {
                entity.SetTableName(naming.Table(table));
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type: EF stores DateTimeOffset as text it cannot compare or sort.
        // Stored as a 64-bit number instead, instants sort and compare in SQL on both providers.
        if (_module.Provider == DatabaseProvider.Sqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}

internal static class OutboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
