using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Modules;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;

namespace Platform.Kernel.Outbox;

/// <summary>
/// Delivers every module's outbox to the notification handlers. At least once: a message is
/// marked delivered only after its handlers finished, so a crash in between delivers it again.
/// In order per aggregate: a message waits while an earlier one with its key is retrying or parked.
/// Several host instances may run it against one PostgreSQL database: each module's outbox is
/// dispatched by one instance at a time (<see cref="DispatchTurn"/>).
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    ModuleCatalog catalog,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    /// <summary>One pass over every module's outbox; returns how many messages were delivered.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var contextType in catalog.DbContextTypes)
        {
            delivered += await DispatchModuleAsync(contextType, cancellationToken);
        }

        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(_options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> DispatchModuleAsync(Type contextType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        await using var turn = await DispatchTurn.TryTakeAsync(db, cancellationToken);
        if (turn is null)
        {
            LogTurnTaken(logger, db.Naming.Module);
            return 0;
        }

        var blocked = (await db.OutboxMessages
                .Where(m => m.ProcessedAt == null && m.ParkedAt != null)
                .Select(m => m.AggregateKey)
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var batch = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.ParkedAt == null)
            .OrderBy(m => m.Id)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var message in batch)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            var now = clock.GetUtcNow();
            if (blocked.Contains(message.AggregateKey) || message.NextAttemptAt > now)
            {
                blocked.Add(message.AggregateKey);
                continue;
            }

            try
            {
                // On shutdown the message in flight is finished, not abandoned halfway.
                await DeliverAsync(message, CancellationToken.None);
                message.ProcessedAt = clock.GetUtcNow();
                message.LastError = null;
                delivered++;
            }
            catch (Exception ex)
            {
                message.Attempts++;
                message.LastError = $"{ex.GetType().Name}: {ex.Message}";
                blocked.Add(message.AggregateKey);
                if (message.Attempts >= _options.MaxAttempts)
                {
                    message.ParkedAt = now;
                    LogParked(logger, db.Naming.Module, message.Id, message.Type, message.Attempts, ex);
                }
                else
                {
                    message.NextAttemptAt = now + _options.Backoff(message.Attempts);
                    LogRetry(logger, db.Naming.Module, message.Id, message.Type, message.Attempts, message.NextAttemptAt, ex);
                }
            }

            // Saved one at a time, so a crash repeats at most the message in flight.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return delivered;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = Type.GetType(message.Type, throwOnError: false)
            ?? throw new InvalidOperationException($"Notification type '{message.Type}' cannot be loaded; was its module removed or renamed?");
        var notification = JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options) as INotification
            ?? throw new InvalidOperationException($"Payload of message {message.Id} is not a {type.Name}.");

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(PlatformPrincipal.System, "system");
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox {Module}: another instance is dispatching; skipped this pass")]
    private static partial void LogTurnTaken(ILogger logger, string module);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox pass failed; trying again after the poll interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Module}#{Id} ({Type}) failed on attempt {Attempts}; next attempt at {NextAttemptAt}")]
    private static partial void LogRetry(ILogger logger, string module, long id, string type, int attempts, DateTimeOffset nextAttemptAt, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Module}#{Id} ({Type}) parked after {Attempts} attempts; an administrator can replay it")]
    private static partial void LogParked(ILogger logger, string module, long id, string type, int attempts, Exception exception);
}
