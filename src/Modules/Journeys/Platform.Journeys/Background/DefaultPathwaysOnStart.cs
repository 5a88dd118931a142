using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Platform.Journeys.Contracts;
using Platform.Kernel.Messaging;

namespace Platform.Journeys.Background;

/// <summary>Publishes the default pathways once the host has started (after migrations), unless switched off.</summary>
internal sealed class DefaultPathwaysOnStart(IServiceScopeFactory scopes, IOptions<JourneysOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.EnsureDefaultPathways)
        {
            return;
        }

        try
        {
            await scopes.SendAsSystemAsync(new EnsureDefaultCarePathways(), cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment published them first (the unique index on
            // service line and version refused ours); a second pass finds them and publishes nothing.
            await scopes.SendAsSystemAsync(new EnsureDefaultCarePathways(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
