using Microsoft.EntityFrameworkCore;

namespace Platform.Kernel.Outbox;

internal static class OutboxModel
{
    public const string Table = "outbox";

    public static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<OutboxMessage>(outbox =>
    {
        outbox.ToTable(Table);
        outbox.HasKey(m => m.Id);
        outbox.Property(m => m.Id).ValueGeneratedOnAdd();
        outbox.Property(m => m.Type).HasMaxLength(500);
        outbox.Property(m => m.AggregateKey).HasMaxLength(200);
        outbox.Property(m => m.LastError).HasMaxLength(4000);
        outbox.HasIndex(m => m.MessageId).IsUnique();
        outbox.HasIndex(m => new { m.ProcessedAt, m.ParkedAt, m.Id });
    });
}
