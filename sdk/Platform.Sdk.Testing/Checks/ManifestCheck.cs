using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Plugins.Manifest;

namespace Platform.Sdk.Testing;

/// <summary>The manifest check: plugin.json as the host reads it, and agreeing with the assembly it describes.</summary>
public sealed partial class PluginConformance
{
    private async Task<IReadOnlyList<string>> CheckManifestAsync()
    {
        var path = ManifestPath;
        if (!File.Exists(path))
        {
            return [$"there is no plugin.json at {path}: ship one beside the plugin's assembly (<None Update=\"plugin.json\" CopyToOutputDirectory=\"PreserveNewest\" />) or set ConformanceOptions.ManifestPath"];
        }

        var manifest = ReadAsHost(path, out var problem);
        if (manifest is null)
        {
            return [problem!];
        }

        List<string> findings = [];
        var assemblyFile = Path.GetFileName(_assembly.Location);
        if (!string.Equals(manifest.EntryAssembly, assemblyFile, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add($"'entryAssembly' is '{manifest.EntryAssembly}' but the plugin's entry point is in {assemblyFile}");
        }

        if (!manifest.Capabilities.Contains(_options.Capability))
        {
            findings.Add($"'capabilities' ({string.Join(", ", manifest.Capabilities)}) does not list '{_options.Capability}', the capability under test");
        }

        var sdk = SemanticVersion.From(PlatformSdk.Version);
        if (!manifest.Sdk.Includes(sdk))
        {
            findings.Add($"'sdk' is \"{manifest.Sdk}\", which excludes SDK {sdk} that the plugin is built and tested with; the host would refuse to load it");
        }

        var built = SemanticVersion.From(_assembly.GetName().Version ?? new Version(0, 0, 0));
        if (built != manifest.Version with { Prerelease = string.Empty })
        {
            findings.Add($"'version' is {manifest.Version} but the assembly is version {built}; keep the project's <Version> and plugin.json equal");
        }

        var entryPoints = _assembly.GetExportedTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPartnerPlugin).IsAssignableFrom(t)).ToList();
        if (entryPoints.Count != 1)
        {
            findings.Add($"{assemblyFile} has {entryPoints.Count} public classes implementing IPartnerPlugin ({string.Join(", ", entryPoints.Select(t => t.Name))}); the host needs exactly one");
        }

        findings.AddRange(await UnregisteredCapabilitiesAsync(manifest.Capabilities).ConfigureAwait(false));
        return findings;
    }

    /// <summary>Reads the manifest with the host's reader. The host also wants the plugin's folder named after its id; that is
    /// the deployed layout's concern, not the build output's, so the kit reads a copy placed in a folder of that name.</summary>
    private static PluginManifest? ReadAsHost(string path, out string? problem)
    {
        problem = null;
        string? id;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            id = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException e)
        {
            problem = $"plugin.json is not valid JSON ({e.Message})";
            return null;
        }

        var folder = Path.Combine(Path.GetTempPath(), "platform-sdk-conformance", Guid.NewGuid().ToString("N"), id is not null && FolderSafe().IsMatch(id) ? id : "plugin");
        Directory.CreateDirectory(folder);
        try
        {
            File.Copy(path, Path.Combine(folder, "plugin.json"));
            return PluginManifest.Read(folder);
        }
        catch (PluginLoadException e)
        {
            problem = e.Message;
            return null;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    private async Task<IReadOnlyList<string>> UnregisteredCapabilitiesAsync(IReadOnlyList<string> capabilities)
    {
        Instance instance;
        try
        {
            instance = Configure(_options.Settings);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [$"configuring an instance with ConformanceOptions.Settings threw {e.GetType().Name}: {e.Message}"];
        }

        await using (instance.ConfigureAwait(false))
        {
            return capabilities
                .Where(c => PartnerCapabilities.Contracts.TryGetValue(c, out var contract) && !instance.Registrations.Any(r => r.ServiceType == contract))
                .Select(c => $"the manifest lists '{c}' but Configure does not register {PartnerCapabilities.Contracts[c].Name}")
                .ToList();
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9._-]{0,63}$")]
    private static partial Regex FolderSafe();
}
