using System.Text.Json;

namespace Platform.GraphQL.AspNetCore;

/// <summary>The document text to run, or why the request is refused (a malformed request, or a GraphQL request error with its code).</summary>
internal readonly record struct DocumentResolution(string? Query, string? Error, string? Code, bool IsBadRequest = false)
{
    public static DocumentResolution Refuse(string code, string error) => new(null, error, code);

    public static DocumentResolution Malformed(string error) => new(null, error, GraphQLHttpErrorCodes.BadRequest, IsBadRequest: true);
}

/// <summary>
/// Turns what a client sent (<c>query</c>, <c>documentId</c>, or
/// <c>extensions.persistedQuery.sha256Hash</c>) into the document to run, under
/// <see cref="TrustedDocumentOptions"/>: registered documents from the manifest, automatic
/// persisted queries in memory, and in <see cref="TrustedDocumentMode.Only"/> nothing else.
/// </summary>
internal sealed class TrustedDocuments
{
    private readonly TrustedDocumentManifest _manifest;
    private readonly AutomaticPersistedQueries? _automatic;
    private readonly TrustedDocumentMode _mode;

    private TrustedDocuments(TrustedDocumentManifest manifest, AutomaticPersistedQueries? automatic, TrustedDocumentMode mode)
    {
        _manifest = manifest;
        _automatic = automatic;
        _mode = mode;
    }

    /// <summary>Loads the manifest and checks the options; a contradiction stops startup with a message naming the settings.</summary>
    public static TrustedDocuments Create(TrustedDocumentOptions options, string contentRoot, bool isDevelopment)
    {
        var automatic = options.AutomaticPersistedQueries ?? (isDevelopment && options.Mode == TrustedDocumentMode.Allow);
        if (automatic && options.Mode == TrustedDocumentMode.Only)
        {
            throw new InvalidOperationException(
                "GraphQL:TrustedDocuments:AutomaticPersistedQueries is true while Mode is Only: automatic persisted queries would let any client register a document. Switch one of them off.");
        }

        if (automatic && options.AutomaticPersistedQueryCapacity <= 0)
        {
            throw new InvalidOperationException($"GraphQL:TrustedDocuments:AutomaticPersistedQueryCapacity must be positive, not {options.AutomaticPersistedQueryCapacity}.");
        }

        var manifest = options.ManifestPath is { Length: > 0 } path
            ? TrustedDocumentManifest.Load(Path.GetFullPath(path, contentRoot))
            : TrustedDocumentManifest.Empty;
        if (options.Mode == TrustedDocumentMode.Only && manifest.Count == 0)
        {
            throw new InvalidOperationException(
                "GraphQL:TrustedDocuments:Mode is Only but no document is registered: set GraphQL:TrustedDocuments:ManifestPath to the manifest your clients' build produces.");
        }

        return new TrustedDocuments(manifest, automatic ? new AutomaticPersistedQueries(options.AutomaticPersistedQueryCapacity) : null, options.Mode);
    }

    public DocumentResolution Resolve(GraphQLRequestParameters parameters)
    {
        if (parameters.DocumentId is { } documentId)
        {
            if (parameters.Query is not null)
            {
                return DocumentResolution.Malformed("Send either \"query\" (the document's text) or \"documentId\" (a registered document's id), not both.");
            }

            return _manifest.FindById(documentId) is { } registered
                ? new DocumentResolution(registered, null, null)
                : DocumentResolution.Refuse(
                    TrustedDocumentErrorCodes.DocumentNotFound,
                    $"No registered document has the documentId '{documentId}': register it in the server's trusted document manifest (GraphQL:TrustedDocuments:ManifestPath), which your client's build generates.");
        }

        if (PersistedQueryHash(parameters.Extensions, out var hash) is { } malformed)
        {
            return DocumentResolution.Malformed(malformed);
        }

        if (hash is not null)
        {
            if (parameters.Query is null)
            {
                return FindPersisted(hash);
            }

            var actual = TrustedDocumentManifest.Sha256Hex(parameters.Query);
            if (actual != hash)
            {
                return DocumentResolution.Refuse(
                    TrustedDocumentErrorCodes.PersistedQueryHashMismatch,
                    $"extensions.persistedQuery.sha256Hash '{hash}' is not the SHA-256 of the query's UTF-8 text, which is '{actual}'.");
            }

            _automatic?.Register(hash, parameters.Query);
        }

        var query = parameters.Query!;
        if (_mode == TrustedDocumentMode.Only && _manifest.FindByHash(hash ?? TrustedDocumentManifest.Sha256Hex(query)) is null)
        {
            return DocumentResolution.Refuse(
                TrustedDocumentErrorCodes.TrustedDocumentRequired,
                "This server runs only registered documents (GraphQL:TrustedDocuments:Mode is Only) and this one is not registered: send the \"documentId\" of a document from the trusted document manifest.");
        }

        return new DocumentResolution(query, null, null);
    }

    private DocumentResolution FindPersisted(string hash)
    {
        if ((_manifest.FindByHash(hash) ?? _automatic?.Find(hash)) is { } text)
        {
            return new DocumentResolution(text, null, null);
        }

        return _automatic is null && _mode == TrustedDocumentMode.Allow
            ? DocumentResolution.Refuse(
                TrustedDocumentErrorCodes.PersistedQueryNotSupported,
                $"PersistedQueryNotSupported: automatic persisted queries are off (GraphQL:TrustedDocuments:AutomaticPersistedQueries) and no registered document has sha256Hash '{hash}'; send the document in \"query\".")
            : DocumentResolution.Refuse(
                TrustedDocumentErrorCodes.PersistedQueryNotFound,
                $"PersistedQueryNotFound: no document is known by sha256Hash '{hash}'" + (_automatic is null ? "." : "; send it again with its text in \"query\" to register it."));
    }

    /// <summary>Reads <c>extensions.persistedQuery</c>: null when absent; an error message when it is malformed.</summary>
    private static string? PersistedQueryHash(JsonElement extensions, out string? hash)
    {
        hash = null;
        if (extensions.ValueKind != JsonValueKind.Object || !extensions.TryGetProperty("persistedQuery", out var persisted) || persisted.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (persisted.ValueKind != JsonValueKind.Object)
        {
            return "extensions.persistedQuery must be an object {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}.";
        }

        if (!persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1)
        {
            return $"extensions.persistedQuery.version is {(persisted.TryGetProperty("version", out var given) ? given.GetRawText() : "missing")}: the only supported version is 1.";
        }

        if (!persisted.TryGetProperty("sha256Hash", out var sha) || sha.ValueKind != JsonValueKind.String || TrustedDocumentManifest.HashIn(sha.GetString()!) is not { } parsed || sha.GetString()!.Contains(':', StringComparison.Ordinal))
        {
            return $"extensions.persistedQuery.sha256Hash is {(persisted.TryGetProperty("sha256Hash", out var value) ? value.GetRawText() : "missing")}: expected the document's SHA-256 as 64 hex digits.";
        }

        hash = parsed;
        return null;
    }
}
