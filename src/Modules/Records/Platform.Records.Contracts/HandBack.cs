using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>
/// Shares a discharged journey's hand-back letter (prepared by Records when the journey moved to
/// Discharged) and the patient's latest discharge summary with the home physician on file, until
/// ExpiresAt, through a consented share: refused (CONSENT_REQUIRED) without the consent sharing with
/// that physician needs. The answer carries the share's access token once.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
[Audited("HandBackPackage")]
public sealed record SendHandBackPackage(Guid JourneyId, DateTimeOffset ExpiresAt, string? Note = null) : ICommand<HandBackPackage>;

/// <summary>The share made for the home physician, its token (shown only now) and what it holds.</summary>
public sealed record HandBackPackage(ShareDto Share, string Token, Guid LetterDocumentId, Guid DischargeSummaryDocumentId);
