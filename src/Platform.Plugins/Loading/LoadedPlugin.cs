using Platform.Plugins.Manifest;
using Platform.Sdk;

namespace Platform.Plugins.Loading;

/// <summary>A plugin whose entry point was created; <see cref="Context"/> is null for a built-in plugin.</summary>
internal sealed class LoadedPlugin(PluginManifest manifest, string directory, PluginLoadContext? context, IPartnerPlugin entryPoint)
{
    public PluginManifest Manifest { get; } = manifest;

    public string Directory { get; } = directory;

    public PluginLoadContext? Context { get; private set; } = context;

    public IPartnerPlugin EntryPoint { get; private set; } = entryPoint;

    /// <summary>Starts unloading the plugin's context. It is collected once nothing references its types any more.</summary>
    public void Unload()
    {
        Context?.Unload();
        Context = null;
        EntryPoint = null!;
    }
}

/// <summary>A plugin folder (or built-in plugin) as the catalog knows it: loaded, or failed with its reason.</summary>
internal sealed record PluginEntry(string Id, string Directory, PluginManifest? Manifest, LoadedPlugin? Loaded, string? Error, bool IsBuiltIn = false)
{
    public PluginInfo ToInfo() => new(
        Id,
        Manifest?.Version.ToString(),
        Manifest?.Publisher,
        Manifest?.Capabilities ?? [],
        Manifest?.Sdk.Text,
        Loaded is null ? PluginState.Failed : PluginState.Loaded,
        Error,
        Directory,
        IsBuiltIn);
}
