namespace Platform.Identity;

/// <summary>The "Identity" configuration section.</summary>
internal sealed class IdentityOptions
{
    public const string SectionName = "Identity";

    public JwtSettings Jwt { get; set; } = new();

    public DevelopmentTokenSettings DevelopmentTokens { get; set; } = new();
}

internal sealed class JwtSettings
{
    public string Issuer { get; set; } = "international-patient-center";

    public string Audience { get; set; } = "platform";

    /// <summary>Symmetric key (at least 32 bytes of text) that signs and validates tokens the platform issues itself.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An external OpenID Connect issuer (the hospital's identity provider); its keys are discovered.</summary>
    public string? Authority { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;
}

internal sealed class DevelopmentTokenSettings
{
    /// <summary>Off by default; appsettings.Development.json switches it on for the demo.</summary>
    public bool Enabled { get; set; }

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(8);
}
