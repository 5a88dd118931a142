using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Kernel.Messaging;
using Platform.Records.Contracts;

namespace Platform.Records.Content;

/// <summary>Sweeps the content store for orphan files every Records:OrphanSweepInterval (zero: never), as the platform itself.</summary>
internal sealed partial class OrphanSweepService(IServiceScopeFactory scopes, IOptions<RecordsOptions> options, TimeProvider clock, ILogger<OrphanSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.OrphanSweepInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await scopes.SendAsSystemAsync(new SweepOrphanFiles(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Orphan sweep failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
