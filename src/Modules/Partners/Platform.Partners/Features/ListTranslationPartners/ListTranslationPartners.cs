using MediatR;
using Platform.Partners.Contracts;
using Platform.Partners.Translations;
using Platform.Plugins;

namespace Platform.Partners.Features.ListTranslationPartners;

internal sealed class ListTranslationPartnersHandler(PartnerRegistry registry)
    : IRequestHandler<Contracts.ListTranslationPartners, IReadOnlyList<TranslationPartnerDto>>
{
    public Task<IReadOnlyList<TranslationPartnerDto>> Handle(Contracts.ListTranslationPartners request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TranslationPartnerDto>>([.. registry.Partners
            .Where(p => p.Capability == PartnerTranslations.Capability && p.Enabled && p.State == PartnerState.Active)
            .Select(p => new TranslationPartnerDto(p.PartnerId, p.PluginId))]);
}
