using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Identity.Contracts;

/// <summary>
/// Issues a signed token for one of the demo users, so the platform can be tried without an
/// identity provider. Refused unless Identity:DevelopmentTokens:Enabled is true.
/// </summary>
[PublicRequest]
public sealed record IssueDevelopmentToken(string User) : IQuery<DevelopmentToken>;

public sealed record DevelopmentToken(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, DemoUser User);

/// <summary>The demo users, one or more per role.</summary>
[PublicRequest]
public sealed record ListDemoUsers : IQuery<IReadOnlyList<DemoUser>>;

/// <summary>A demo login: its name, roles and, for patients and partner agents, what it is bound to.</summary>
public sealed record DemoUser(string UserName, string DisplayName, IReadOnlyList<string> Roles, Guid? PatientId, Guid? OrganizationId);
