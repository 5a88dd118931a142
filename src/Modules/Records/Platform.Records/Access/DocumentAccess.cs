using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;
using Platform.Records.Contracts;
using Platform.Records.Documents;

namespace Platform.Records.Access;

/// <summary>
/// Who may read which documents. Care staff (coordinators, case managers, clinicians) read every
/// document; a patient reads their own; finance reads invoices only; a partner agent reads, for a
/// patient their organization holds an active grant for, only the types a partner needs to
/// coordinate travel and payment (<see cref="PartnerTypes"/>). Clinical documents reach a partner
/// only through a consented share.
/// </summary>
internal sealed class DocumentAccess(ICurrentUser user, IServiceProvider services)
{
    /// <summary>
    /// What a partner organization's grant opens. A grant's purpose is free text today (Identity), so
    /// one set serves every purpose: the documents a facilitator or insurer coordinates with.
    /// </summary>
    public static readonly IReadOnlySet<DocumentType> PartnerTypes = new HashSet<DocumentType>
    {
        DocumentType.ReferralLetter, DocumentType.InvitationLetter, DocumentType.PassportCopy, DocumentType.Invoice,
    };

    public static readonly IReadOnlySet<DocumentType> FinanceTypes = new HashSet<DocumentType> { DocumentType.Invoice };

    private readonly Dictionary<Guid, bool> _grants = [];

    private bool IsCareStaff => user.IsInRole(Roles.System) || Roles.CareStaff.Any(user.IsInRole);

    /// <summary>The types the caller may read of this patient's documents; null for every type, empty for none.</summary>
    public async Task<IReadOnlySet<DocumentType>?> ReadableTypesAsync(Guid patientId, CancellationToken cancellationToken)
    {
        if (IsCareStaff || (user.IsInRole(Roles.Patient) && user.PatientId == patientId))
        {
            return null;
        }

        var types = new HashSet<DocumentType>();
        if (user.IsInRole(Roles.Finance))
        {
            types.UnionWith(FinanceTypes);
        }

        if (user.IsInRole(Roles.PartnerAgent) && await PartnerGrantedAsync(patientId, cancellationToken))
        {
            types.UnionWith(PartnerTypes);
        }

        return types;
    }

    /// <summary>Refuses, with the reason, unless the caller may read <paramref name="document"/>.</summary>
    public async Task EnsureCanReadAsync(Document document, string requestName, CancellationToken cancellationToken)
    {
        var types = await ReadableTypesAsync(document.PatientId, cancellationToken);
        if (types is null || types.Contains(document.Type))
        {
            return;
        }

        var why = user.IsInRole(Roles.Patient) ? "patients may read only documents of their own record"
            : user.IsInRole(Roles.PartnerAgent) && types.Count == 0 ? $"their organization holds no active grant for patient {document.PatientId}"
            : user.IsInRole(Roles.PartnerAgent) ? $"partner agents may read only {string.Join(", ", PartnerTypes)} documents"
            : user.IsInRole(Roles.Finance) ? "finance staff may read only invoices"
            : "their roles do not allow reading documents";
        throw new AccessDeniedException($"User '{user.UserId}' may not read document {document.Id} ({document.Type}) with {requestName}: {why}.", user.IsAuthenticated);
    }

    private async Task<bool> PartnerGrantedAsync(Guid patientId, CancellationToken cancellationToken)
    {
        if (user.OrganizationId is not { } organization)
        {
            return false;
        }

        if (!_grants.TryGetValue(patientId, out var granted))
        {
            var grants = services.GetService<IPartnerAccessGrants>();
            granted = grants is not null && await grants.IsGrantedAsync(organization, patientId, cancellationToken);
            _grants[patientId] = granted;
        }

        return granted;
    }
}
