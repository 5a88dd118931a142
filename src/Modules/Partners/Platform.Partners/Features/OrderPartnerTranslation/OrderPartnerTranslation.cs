using MediatR;
using Platform.Kernel.Validation;
using Platform.Partners.Contracts;
using Platform.Partners.Translations;
using Platform.Plugins;
using Platform.Sdk;
using Platform.Sdk.Interpretation;

namespace Platform.Partners.Features.OrderPartnerTranslation;

internal sealed class OrderPartnerTranslationValidator : IValidator<Contracts.OrderPartnerTranslation>
{
    public ValueTask ValidateAsync(Contracts.OrderPartnerTranslation request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotEmpty("partnerId", request.PartnerId);
        errors.NotEmpty("idempotencyKey", request.IdempotencyKey);
        errors.NotEmpty("sourceLanguage", request.SourceLanguage);
        errors.NotEmpty("targetLanguage", request.TargetLanguage);
        if (request.Document.Content.Length == 0)
        {
            errors.Add("document.content", request.Document.FileName, "NotEmpty", "must hold the document's bytes");
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>The call to the agency; its answer (accepted, declined or failed) comes back as data, never as an exception from the plugin.</summary>
internal sealed class OrderPartnerTranslationHandler(PartnerRegistry registry)
    : IRequestHandler<Contracts.OrderPartnerTranslation, PartnerTranslationOrderDto>
{
    public async Task<PartnerTranslationOrderDto> Handle(Contracts.OrderPartnerTranslation request, CancellationToken cancellationToken)
    {
        var agency = PartnerTranslations.Agency(registry, request.PartnerId);
        var document = new SupportingDocument(request.Document.FileName, request.Document.ContentType, request.Document.Content, request.Document.Description);
        var order = new TranslationRequest(document, request.SourceLanguage, request.TargetLanguage, request.Certified, request.DueBy);
        var result = await agency.SubmitTranslationAsync(order, new IdempotencyKey(request.IdempotencyKey), cancellationToken);
        return PartnerTranslations.ToOrder(result);
    }
}
