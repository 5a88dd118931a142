namespace Platform.Plugins.Manifest;

/// <summary>A plugin could not be loaded; the message is the reason shown to administrators.</summary>
internal sealed class PluginLoadException(string pluginId, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string PluginId { get; } = pluginId;
}
