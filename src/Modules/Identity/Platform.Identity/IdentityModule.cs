using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Identity.Grants;
using Platform.Identity.Persistence;
using Platform.Identity.Tokens;
using Platform.Kernel.Modules;
using Platform.Kernel.Security;

namespace Platform.Identity;

/// <summary>Sign-in (JWT bearer tokens), demo logins for development, and partner access grants.</summary>
public sealed class IdentityModule : IModule
{
    public const string SchemaName = "identity";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder)
    {
        builder.AddDbContext<IdentityDbContext>();
        builder.Services.AddScoped<IPartnerAccessGrants, PartnerAccessGrants>();
        builder.Services.AddOptions<IdentityOptions>()
            .Bind(builder.Configuration.GetSection(IdentityOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Jwt.Authority) || !string.IsNullOrWhiteSpace(o.Jwt.SigningKey),
                "Identity:Jwt needs either Authority (the hospital's OpenID Connect identity provider) or SigningKey (a secret of at least 32 characters); neither is set.")
            .Validate(o => o.Jwt.SigningKey is null || System.Text.Encoding.UTF8.GetByteCount(o.Jwt.SigningKey) >= TokenSigning.MinimumKeyBytes,
                $"Identity:Jwt:SigningKey is too short: it must be at least {TokenSigning.MinimumKeyBytes} bytes.")
            .ValidateOnStart();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<IdentityOptions>>((bearer, identity) => JwtValidation.Apply(bearer, identity.Value.Jwt));
        builder.Services.AddAuthorization();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => DevelopmentTokenEndpoints.Map(endpoints);
}
