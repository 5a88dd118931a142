using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.AspNetCore;

/// <summary>The registered documents, by the ids the manifest gives them and by the SHA-256 of their text.</summary>
internal sealed class TrustedDocumentManifest
{
    private const string Sha256Prefix = "sha256:";
    private readonly Dictionary<string, string> _byId;
    private readonly Dictionary<string, string> _byHash;

    private TrustedDocumentManifest(Dictionary<string, string> byId)
    {
        _byId = byId;
        _byHash = byId.Values.Distinct(StringComparer.Ordinal).ToDictionary(Sha256Hex, text => text, StringComparer.Ordinal);
    }

    public static TrustedDocumentManifest Empty { get; } = new([]);

    public int Count => _byId.Count;

    /// <summary>Reads a manifest; an unreadable or inconsistent one stops startup with a message naming the file and the entry.</summary>
    public static TrustedDocumentManifest Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"GraphQL:TrustedDocuments:ManifestPath '{path}' does not exist: point it at a JSON manifest of registered documents.");
        }

        Dictionary<string, string> documents;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            documents = Read(json.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The trusted document manifest '{path}' is not valid JSON: {ex.Message}", ex);
        }

        foreach (var (id, text) in documents)
        {
            if (HashIn(id) is { } claimed && claimed != Sha256Hex(text))
            {
                throw new InvalidOperationException(
                    $"The trusted document manifest '{path}' registers id '{id}', which is not the SHA-256 of its document (that is '{Sha256Hex(text)}'): regenerate the manifest.");
            }
        }

        return new TrustedDocumentManifest(documents);
    }

    /// <summary>The document a client's <c>documentId</c> names: an id of the manifest, or <c>sha256:</c> and a hash of a registered text.</summary>
    public string? FindById(string id) =>
        _byId.TryGetValue(id, out var text) ? text : HashIn(id) is { } hash ? FindByHash(hash) : null;

    /// <summary>The registered document whose text has this SHA-256 (lower-case hex).</summary>
    public string? FindByHash(string sha256Hex) => _byHash.GetValueOrDefault(sha256Hex);

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The hash an id stands for (64 hex digits, optionally after <c>sha256:</c>), in lower case; null for any other id.</summary>
    public static string? HashIn(string id)
    {
        var hex = id.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase) ? id[Sha256Prefix.Length..] : id;
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex.ToLowerInvariant() : null;
    }

    private static Dictionary<string, string> Read(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The trusted document manifest '{path}' must be a JSON object: a map from id to document, or {{\"operations\": [{{\"id\", \"body\"}}]}}.");
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("operations", out var operations) && operations.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var operation in operations.EnumerateArray())
            {
                if (operation.ValueKind != JsonValueKind.Object
                    || !operation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !operation.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidOperationException($"The trusted document manifest '{path}': operations[{index}] needs a string \"id\" and a string \"body\".");
                }

                documents[id.GetString()!] = body.GetString()!;
                index++;
            }

            return documents;
        }

        foreach (var entry in root.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidOperationException($"The trusted document manifest '{path}': the entry '{entry.Name}' must map to the document's text as a string.");
            }

            documents[entry.Name] = entry.Value.GetString()!;
        }

        return documents;
    }
}
