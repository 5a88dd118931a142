using Platform.Kernel.Messaging;
using Platform.Partners.Contracts;
using Platform.Plugins;
using Platform.Sdk;
using Platform.Sdk.Interpretation;

namespace Platform.Partners.Translations;

/// <summary>Translation orders to interpreter-agency partners, and their answers in the Contracts' terms.</summary>
internal static class PartnerTranslations
{
    public const string Capability = PartnerCapabilities.InterpreterAgency;

    /// <summary>The partner as an interpreter agency, or a clear refusal when it cannot take translations now.</summary>
    public static IInterpreterAgency Agency(PartnerRegistry registry, string partnerId)
    {
        var partner = registry.Partners.FirstOrDefault(p => string.Equals(p.PartnerId, partnerId, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException("Partner", partnerId);
        if (partner.Capability != Capability)
        {
            throw new BusinessRuleException("PARTNER_NOT_AN_AGENCY", $"Partner '{partner.PartnerId}' is a {partner.Capability} partner, not an {Capability}; it cannot translate documents.");
        }

        if (partner.State != PartnerState.Active)
        {
            throw new BusinessRuleException("PARTNER_UNAVAILABLE", $"Partner '{partner.PartnerId}' is {partner.State.ToString().ToLowerInvariant()}{(partner.Error is { } error ? $": {error}" : string.Empty)}.");
        }

        return registry.Resolve<IInterpreterAgency>(partner.PartnerId);
    }

    public static PartnerTranslationOrderDto ToOrder(PartnerResult<TranslationJob> result) => result.Kind switch
    {
        PartnerResultKind.Success => new PartnerTranslationOrderDto(PartnerOrderOutcome.Accepted, ToJob(result.Value!), null, null),
        PartnerResultKind.Declined => new PartnerTranslationOrderDto(PartnerOrderOutcome.Declined, null, result.Decline!.Code, result.Decline.Reason),
        PartnerResultKind.Pending => new PartnerTranslationOrderDto(PartnerOrderOutcome.Accepted,
            new PartnerTranslationJobDto(result.Pending!.Reference, PartnerTranslationState.Received, result.Pending.ExpectedBy, null, null, null, result.Pending.Message), null, null),
        _ => new PartnerTranslationOrderDto(PartnerOrderOutcome.Failed, null, result.Failure?.Category.ToString() ?? result.Kind.ToString(), result.Failure?.Message ?? result.ToString()),
    };

    public static PartnerTranslationJobDto ToJob(TranslationJob job) => new(
        job.JobReference,
        job.State switch
        {
            TranslationJobState.Received => PartnerTranslationState.Received,
            TranslationJobState.InProgress => PartnerTranslationState.InProgress,
            TranslationJobState.Delivered => PartnerTranslationState.Delivered,
            TranslationJobState.Cancelled => PartnerTranslationState.Cancelled,
            _ => PartnerTranslationState.Rejected,
        },
        job.DueAt,
        job.Price?.Amount,
        job.Price?.Currency,
        job.Translation is { } file ? new PartnerFile(file.FileName, file.ContentType, file.Content.ToArray(), file.Description) : null,
        job.Note);
}
