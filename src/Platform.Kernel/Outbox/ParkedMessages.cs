using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Messaging;
using Platform.Kernel.Modules;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;

namespace Platform.Kernel.Outbox;

/// <summary>A message the dispatcher gave up on, as an administrator sees it.</summary>
public sealed record ParkedMessage(string Module, long Id, string Type, string AggregateKey, int Attempts, DateTimeOffset OccurredAt, DateTimeOffset ParkedAt, string? LastError);

/// <summary>Every parked outbox message across modules, oldest first.</summary>
[RequiresRole(Roles.Administrator)]
public sealed record ListParkedMessages : IQuery<IReadOnlyList<ParkedMessage>>;

/// <summary>Puts a parked message back in line for delivery, with its attempts reset.</summary>
[RequiresRole(Roles.Administrator)]
public sealed record ReplayParkedMessage(string Module, long Id) : ICommand<ParkedMessage>;

internal sealed class ListParkedMessagesHandler(IServiceProvider services, ModuleCatalog catalog)
    : IRequestHandler<ListParkedMessages, IReadOnlyList<ParkedMessage>>
{
    public async Task<IReadOnlyList<ParkedMessage>> Handle(ListParkedMessages request, CancellationToken cancellationToken)
    {
        List<ParkedMessage> parked = [];
        foreach (var contextType in catalog.DbContextTypes)
        {
            var db = (ModuleDbContext)services.GetRequiredService(contextType);
            var rows = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.ParkedAt != null && m.ProcessedAt == null)
                .OrderBy(m => m.Id)
                .ToListAsync(cancellationToken);
            parked.AddRange(rows.Select(m => m.ToParked(db.Naming.Module)));
        }

        return parked.OrderBy(p => p.ParkedAt).ToList();
    }
}

internal sealed class ReplayParkedMessageHandler(IServiceProvider services, ModuleCatalog catalog, OutboxSignal signal)
    : IRequestHandler<ReplayParkedMessage, ParkedMessage>
{
    public async Task<ParkedMessage> Handle(ReplayParkedMessage request, CancellationToken cancellationToken)
    {
        var module = catalog.Modules.FirstOrDefault(m => m.Name == request.Module && m.DbContextType is not null)
            ?? throw new KeyNotFoundException($"Module '{request.Module}' has no outbox; modules with one: {string.Join(", ", catalog.Modules.Where(m => m.DbContextType is not null).Select(m => m.Name))}.");
        var db = (ModuleDbContext)services.GetRequiredService(module.DbContextType!);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw new KeyNotFoundException($"Outbox message {request.Id} does not exist in module '{request.Module}'.");
        if (message.ParkedAt is null || message.ProcessedAt is not null)
        {
            throw new InvalidOperationException($"Outbox message {request.Id} in module '{request.Module}' is not parked; only parked messages can be replayed.");
        }

        var parked = message.ToParked(module.Name);
        message.ParkedAt = null;
        message.Attempts = 0;
        message.NextAttemptAt = db.Clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return parked;
    }
}

internal static class ParkedMessageMapping
{
    public static ParkedMessage ToParked(this OutboxMessage m, string module) =>
        new(module, m.Id, m.Type, m.AggregateKey, m.Attempts, m.OccurredAt, m.ParkedAt ?? m.OccurredAt, m.LastError);
}
