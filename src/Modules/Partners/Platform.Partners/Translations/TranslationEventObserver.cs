using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using Platform.Partners.Contracts;
using Platform.Plugins;
using Platform.Sdk.Interpretation;

namespace Platform.Partners.Translations;

/// <summary>Hands an agency's translation progress (from its plugin or its webhook) to the modules, as the platform itself.</summary>
internal sealed class TranslationEventObserver(IServiceScopeFactory scopes) : IPartnerEventObserver
{
    public async Task OnPartnerEventAsync(PartnerEventEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Event is not TranslationJobChanged changed)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(PlatformPrincipal.System, "system");
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(
            new PartnerTranslationChanged(envelope.PartnerId, PartnerTranslations.ToJob(changed.Job), changed.OccurredAt), cancellationToken);
    }
}
