using Platform.Plugins.Manifest;
using Platform.Sdk;

namespace Platform.Plugins.Loading;

/// <summary>A plugin compiled into the host (or a test) and registered in code; it shares the host's load context and is never unloaded.</summary>
internal sealed record BuiltInPlugin(string Id, SemanticVersion Version, IPartnerPlugin EntryPoint, IReadOnlyList<string> Capabilities)
{
    public VersionRange Sdk { get; } = VersionRange.TryParse($"={SemanticVersion.From(PlatformSdk.Version)}", out var range, out _) ? range : throw new InvalidOperationException("The host's SDK version does not parse.");
}
