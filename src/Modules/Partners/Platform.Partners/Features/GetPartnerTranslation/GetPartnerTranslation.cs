using MediatR;
using Platform.Partners.Contracts;
using Platform.Partners.Translations;
using Platform.Plugins;

namespace Platform.Partners.Features.GetPartnerTranslation;

internal sealed class GetPartnerTranslationHandler(PartnerRegistry registry)
    : IRequestHandler<Contracts.GetPartnerTranslation, PartnerTranslationOrderDto>
{
    public async Task<PartnerTranslationOrderDto> Handle(Contracts.GetPartnerTranslation request, CancellationToken cancellationToken) =>
        PartnerTranslations.ToOrder(await PartnerTranslations.Agency(registry, request.PartnerId).GetTranslationAsync(request.JobReference, cancellationToken));
}
