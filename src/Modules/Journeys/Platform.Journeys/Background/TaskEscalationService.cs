using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Journeys.Contracts;
using Platform.Kernel.Messaging;

namespace Platform.Journeys.Background;

/// <summary>Runs an escalation pass every <see cref="JourneysOptions.EscalationInterval"/>, on the platform's clock.</summary>
internal sealed partial class TaskEscalationService(IServiceScopeFactory scopes, IOptions<JourneysOptions> options, TimeProvider clock, ILogger<TaskEscalationService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.EscalationInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var result = await scopes.SendAsSystemAsync(new RunTaskEscalation(), stoppingToken);
                if (result.EscalatedTaskIds.Count > 0)
                {
                    LogEscalated(result.EscalatedTaskIds.Count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failed pass must not end escalation for good; the next tick tries again.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalated {Count} overdue tasks.")]
    private partial void LogEscalated(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The task escalation pass failed; it runs again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
