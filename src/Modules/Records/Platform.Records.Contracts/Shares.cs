using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>The named person or organization a share is for; Country is where they are (ISO 3166-1).</summary>
public sealed record ShareRecipient(ShareRecipientKind Kind, string Name, string Country, string? Email);

/// <summary>
/// Shares selected documents of one patient with a named recipient until ExpiresAt. Refused without the
/// patient's consent: cross-border transfer when the recipient is abroad (another country than the
/// center's), treatment data sharing otherwise. The answer carries the access token once; only its
/// hash is kept.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record ShareDocuments(Guid PatientId, ShareRecipient Recipient, IReadOnlyList<Guid> DocumentIds, DateTimeOffset ExpiresAt, string? Note = null)
    : ICommand<CreatedShare>, IPatientScoped;

/// <summary>Ends a share at once; its token opens nothing afterwards.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record RevokeShare(Guid PatientId, Guid ShareId, long ExpectedVersion, string? Reason = null) : ICommand<ShareDto>, IPatientScoped;

/// <summary>What a share token opens: the list of shared documents (for the recipient, no sign-in).</summary>
[PublicRequest]
public sealed record OpenShare(string Token) : IQuery<SharedPackage>;

/// <summary>One shared document's latest bytes, through the share's token; audited.</summary>
[PublicRequest]
public sealed record OpenSharedDocument(string Token, Guid DocumentId) : IQuery<DocumentDownload>;

[GraphQLName("Share")]
public sealed record ShareDto(
    Guid Id,
    Guid PatientId,
    ShareRecipient Recipient,
    IReadOnlyList<Guid> DocumentIds,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    ShareStatus Status,
    string ConsentBasis,
    long Version);

/// <summary>The share and its access token: the only time the token is shown.</summary>
public sealed record CreatedShare(ShareDto Share, string Token);

public sealed record SharedDocumentDto(Guid Id, DocumentType Type, string Title, string Language, string FileName, string ContentType, long Size, string Sha256);

public sealed record SharedPackage(Guid ShareId, string RecipientName, DateTimeOffset ExpiresAt, IReadOnlyList<SharedDocumentDto> Documents);
