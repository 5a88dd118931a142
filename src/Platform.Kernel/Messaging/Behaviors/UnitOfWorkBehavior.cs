using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Modules;
using Platform.Kernel.Outbox;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Messaging.Behaviors;

/// <summary>
/// Innermost step for commands: one transaction on the owning module's database context around
/// the handler, committed together with the outbox messages it queued, or rolled back whole.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleCatalog catalog, OutboxSignal signal)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!RequestAccess.Of(typeof(TRequest)).IsCommand || catalog.OwnerOf(typeof(TRequest))?.DbContextType is not { } contextType)
        {
            return await next();
        }

        var db = (ModuleDbContext)services.GetRequiredService(contextType);
        if (db.Database.CurrentTransaction is not null)
        {
            // A command sent from inside another command of the same module joins its transaction.
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (db.WroteOutbox)
            {
                db.WroteOutbox = false;
                signal.Notify();
            }

            return response;
        }
        catch
        {
            db.ChangeTracker.Clear();
            db.WroteOutbox = false;
            throw;
        }
    }
}
