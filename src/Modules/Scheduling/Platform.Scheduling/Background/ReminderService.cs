using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Messaging;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.Background;

/// <summary>Sends due appointment reminders every <see cref="SchedulingOptions.ReminderInterval"/>, on the platform's clock, as the platform itself.</summary>
internal sealed partial class ReminderService(IServiceScopeFactory scopes, IOptions<SchedulingOptions> options, TimeProvider clock, ILogger<ReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ReminderInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var result = await scopes.SendAsSystemAsync(new RunAppointmentReminders(), stoppingToken);
                if (result.SentReminderIds.Count > 0)
                {
                    LogSent(result.SentReminderIds.Count);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failed pass must not end reminders for good; the next tick tries again.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} appointment reminders.")]
    private partial void LogSent(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The appointment reminder pass failed; it runs again at the next interval.")]
    private partial void LogFailed(Exception exception);
}
