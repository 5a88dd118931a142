using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Sdk;

namespace Platform.Plugins.Manifest;

/// <summary>A plugin's <c>plugin.json</c>, checked: every field present and well-formed.</summary>
internal sealed partial record PluginManifest(string Id, SemanticVersion Version, string Publisher, string EntryAssembly, IReadOnlyList<string> Capabilities, VersionRange Sdk, string? Description)
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads and checks the manifest in a plugin folder; the folder's name must be the plugin's id.</summary>
    /// <exception cref="PluginLoadException">The manifest is missing, unreadable or wrong; the message says what to fix.</exception>
    public static PluginManifest Read(string directory)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new PluginLoadException(folder, $"Plugin folder '{folder}' has no {FileName}; every plugin folder needs one (id, version, publisher, entryAssembly, capabilities, sdk).");
        }

        ManifestDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllText(path), _json);
        }
        catch (JsonException e)
        {
            throw new PluginLoadException(folder, $"Plugin folder '{folder}': {FileName} is not valid JSON ({e.Message}).");
        }

        return Check(folder, document ?? new ManifestDocument());
    }

    private static PluginManifest Check(string folder, ManifestDocument d)
    {
        List<string> problems = [];
        var id = d.Id?.Trim() ?? string.Empty;
        if (!IdPattern().IsMatch(id))
        {
            problems.Add(id.Length == 0 ? "'id' is missing" : $"'id' is '{id}': use lower-case letters, digits, '.', '-' or '_', starting with a letter");
        }
        else if (!string.Equals(id, folder, StringComparison.Ordinal))
        {
            problems.Add($"'id' is '{id}' but the folder is named '{folder}': name the folder after the id");
        }

        if (!SemanticVersion.TryParse(d.Version, out var version))
        {
            problems.Add(d.Version is null ? "'version' is missing" : $"'version' is '{d.Version}', not a semantic version major.minor.patch");
        }

        if (string.IsNullOrWhiteSpace(d.Publisher))
        {
            problems.Add("'publisher' is missing");
        }

        var entry = d.EntryAssembly?.Trim() ?? string.Empty;
        if (entry.Length == 0 || !entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || entry.IndexOfAny(['/', '\\']) >= 0)
        {
            problems.Add(entry.Length == 0 ? "'entryAssembly' is missing" : $"'entryAssembly' is '{entry}': give the file name of a .dll in the plugin folder");
        }

        var capabilities = d.Capabilities ?? [];
        if (capabilities.Count == 0)
        {
            problems.Add("'capabilities' is missing or empty");
        }

        problems.AddRange(capabilities.Where(c => !PartnerCapabilities.Contracts.ContainsKey(c ?? string.Empty))
            .Select(c => $"capability '{c}' is not one of {string.Join(", ", PartnerCapabilities.Contracts.Keys)}"));

        if (!VersionRange.TryParse(d.Sdk, out var sdk, out var rangeError))
        {
            problems.Add(d.Sdk is null ? "'sdk' (the supported SDK range, e.g. \">=1.0.0 <2.0.0\") is missing" : $"'sdk' {rangeError}");
        }

        if (problems.Count > 0)
        {
            throw new PluginLoadException(folder, $"Plugin folder '{folder}': {FileName} is not valid: {string.Join("; ", problems)}.");
        }

        return new PluginManifest(id, version, d.Publisher!.Trim(), entry, capabilities.Distinct(StringComparer.Ordinal).ToList(), sdk, d.Description);
    }

    [GeneratedRegex("^[a-z][a-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    private sealed class ManifestDocument
    {
        public string? Id { get; set; }

        public string? Version { get; set; }

        public string? Publisher { get; set; }

        public string? EntryAssembly { get; set; }

        public List<string>? Capabilities { get; set; }

        public string? Sdk { get; set; }

        public string? Description { get; set; }
    }
}
