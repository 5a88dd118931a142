namespace Platform.Sdk;

/// <summary>Facts about the SDK a plugin was loaded with.</summary>
public static class PlatformSdk
{
    /// <summary>
    /// The semantic version of this SDK (major.minor.patch). The host refuses a plugin whose
    /// manifest range (<c>"sdk": "&gt;=1.0.0 &lt;2.0.0"</c>) does not include it.
    /// </summary>
    public static Version Version { get; } = ReadVersion();

    private static Version ReadVersion()
    {
        var version = typeof(PlatformSdk).Assembly.GetName().Version ?? new Version(0, 0, 0);
        return new Version(version.Major, version.Minor, Math.Max(version.Build, 0));
    }
}
