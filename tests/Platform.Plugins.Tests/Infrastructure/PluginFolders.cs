using System.Reflection;
using System.Text.Json.Nodes;

namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>A throwaway plugins root for one test, filled with copies of built plugins and broken ones.</summary>
public sealed class PluginFolders : IDisposable
{
    public const string DemoInsurer = "demo-insurer";

    public const string DemoGroundTransport = "demo-ground-transport";

    public const string DemoInterpreterAgency = "demo-interpreter-agency";

    public const string ClinicalTrials = "clinical-trials";

    public PluginFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "platform-plugins-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public static string BuiltPluginsRoot { get; } = typeof(PluginFolders).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PluginsOutputRoot").Value!;

    public string Root { get; }

    public string PathOf(string pluginId) => Path.Combine(Root, pluginId);

    /// <summary>Copies the built demo insurer in under <paramref name="pluginId"/>, its manifest's id changed to match.</summary>
    public string AddDemoInsurer(string pluginId = DemoInsurer)
    {
        var source = Path.Combine(BuiltPluginsRoot, DemoInsurer);
        if (!File.Exists(Path.Combine(source, "plugin.json")))
        {
            throw new InvalidOperationException($"The demo insurer is not built at {source}; build tests/Platform.Plugins.Tests (it builds the plugin first).");
        }

        var target = PathOf(pluginId);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        EditManifest(pluginId, m => m["id"] = pluginId);
        return target;
    }

    /// <summary>Copies a built plugin (with its subfolders, such as recorded data) in under its own id.</summary>
    public string AddBuilt(string pluginId)
    {
        var source = Path.Combine(BuiltPluginsRoot, pluginId);
        if (!File.Exists(Path.Combine(source, "plugin.json")))
        {
            throw new InvalidOperationException($"Plugin {pluginId} is not built at {source}; build tests/Platform.Plugins.Tests (it builds the plugins first).");
        }

        var target = PathOf(pluginId);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }

        return target;
    }

    public void EditManifest(string pluginId, Action<JsonObject> edit)
    {
        var path = Path.Combine(PathOf(pluginId), "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }

    public string AddFolder(string pluginId, string? manifestJson)
    {
        var target = PathOf(pluginId);
        Directory.CreateDirectory(target);
        if (manifestJson is not null)
        {
            File.WriteAllText(Path.Combine(target, "plugin.json"), manifestJson);
        }

        return target;
    }

    public static string Manifest(string id, string entryAssembly = "Plugin.dll", string sdk = ">=1.0.0 <2.0.0") =>
        $$"""{ "id": "{{id}}", "version": "1.0.0", "publisher": "Tests", "entryAssembly": "{{entryAssembly}}", "capabilities": ["insurer"], "sdk": "{{sdk}}" }""";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (a plugin not yet collected) only leaves a temp folder behind.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
