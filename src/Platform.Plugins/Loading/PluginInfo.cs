namespace Platform.Plugins;

/// <summary>Whether a plugin is usable.</summary>
public enum PluginState
{
    /// <summary>Loaded; partners can use it.</summary>
    Loaded,

    /// <summary>Not loaded; <see cref="PluginInfo.Error"/> says why. The host and other plugins go on.</summary>
    Failed,
}

/// <summary>A plugin as the host sees it, for administrators and the API.</summary>
/// <param name="Id">The plugin's id (its folder name).</param>
/// <param name="Version">Its version from the manifest; null when the manifest could not be read.</param>
/// <param name="Publisher">Who publishes it.</param>
/// <param name="Capabilities">The capabilities it offers.</param>
/// <param name="SupportedSdk">The SDK range it declares, e.g. <c>&gt;=1.0.0 &lt;2.0.0</c>.</param>
/// <param name="State">Loaded or failed.</param>
/// <param name="Error">Why it failed, in words an administrator can act on.</param>
/// <param name="Directory">Its folder.</param>
/// <param name="IsBuiltIn">Whether it was registered in code rather than loaded from a folder.</param>
public sealed record PluginInfo(string Id, string? Version, string? Publisher, IReadOnlyList<string> Capabilities, string? SupportedSdk, PluginState State, string? Error, string Directory, bool IsBuiltIn);
