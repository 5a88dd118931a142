using System.Text.Json;
using Microsoft.Extensions.Logging;

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
internal sealed partial class TrustedDocuments : IDisposable
{
    private static readonly TimeSpan _settle = TimeSpan.FromMilliseconds(250);
    private readonly AutomaticPersistedQueries? _automatic;
    private readonly TrustedDocumentMode _mode;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer? _reload;
    private readonly string? _path;
    private readonly ILogger? _logger;
    private TrustedDocumentManifest _manifest;

    private TrustedDocuments(TrustedDocumentManifest manifest, AutomaticPersistedQueries? automatic, TrustedDocumentMode mode, string? watchedPath, ILogger? logger)
    {
        _manifest = manifest;
        _automatic = automatic;
        _mode = mode;
        if (watchedPath is null)
        {
            return;
        }

        // Build pipelines replace the manifest (write, rename, copy): any event on its name reloads it
        // once writes have settled. A manifest that does not load leaves the one in use in place.
        _path = watchedPath;
        _logger = logger;
        _reload = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(watchedPath)!, Path.GetFileName(watchedPath))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => ScheduleReload();
        _watcher.Created += (_, _) => ScheduleReload();
        _watcher.Renamed += (_, _) => ScheduleReload();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>How many documents are registered now.</summary>
    public int RegisteredCount => Volatile.Read(ref _manifest).Count;

    /// <summary>Loads the manifest and checks the options; a contradiction stops startup with a message naming the settings.</summary>
    public static TrustedDocuments Create(TrustedDocumentOptions options, string contentRoot, bool isDevelopment, ILogger? logger = null)
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

        var path = options.ManifestPath is { Length: > 0 } given ? Path.GetFullPath(given, contentRoot) : null;
        var manifest = path is not null ? TrustedDocumentManifest.Load(path) : TrustedDocumentManifest.Empty;
        if (options.Mode == TrustedDocumentMode.Only && manifest.Count == 0)
        {
            throw new InvalidOperationException(
                "GraphQL:TrustedDocuments:Mode is Only but no document is registered: set GraphQL:TrustedDocuments:ManifestPath to the manifest your clients' build produces.");
        }

        return new TrustedDocuments(
            manifest,
            automatic ? new AutomaticPersistedQueries(options.AutomaticPersistedQueryCapacity) : null,
            options.Mode,
            options.ReloadOnChange ? path : null,
            logger);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _reload?.Dispose();
    }

    private void ScheduleReload()
    {
        try
        {
            _reload?.Change(_settle, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The host is stopping.
        }
    }

    private void Reload()
    {
        try
        {
            var loaded = TrustedDocumentManifest.Load(_path!);
            if (_mode == TrustedDocumentMode.Only && loaded.Count == 0)
            {
                throw new InvalidOperationException("it registers no document, and Mode is Only");
            }

            Volatile.Write(ref _manifest, loaded);
            LogReloaded(_logger!, _path!, loaded.Count);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            LogReloadRefused(_logger!, _path!, ex.Message, RegisteredCount);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trusted document manifest {Path} reloaded: {Count} documents registered.")]
    private static partial void LogReloaded(ILogger logger, string path, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Trusted document manifest {Path} changed but was not loaded ({Reason}); the {Count} documents registered before stay in use.")]
    private static partial void LogReloadRefused(ILogger logger, string path, string reason, int count);

    public DocumentResolution Resolve(GraphQLRequestParameters parameters)
    {
        if (parameters.DocumentId is { } documentId)
        {
            if (parameters.Query is not null)
            {
                return DocumentResolution.Malformed("Send either \"query\" (the document's text) or \"documentId\" (a registered document's id), not both.");
            }

            return Volatile.Read(ref _manifest).FindById(documentId) is { } registered
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
        if (_mode == TrustedDocumentMode.Only && Volatile.Read(ref _manifest).FindByHash(hash ?? TrustedDocumentManifest.Sha256Hex(query)) is null)
        {
            return DocumentResolution.Refuse(
                TrustedDocumentErrorCodes.TrustedDocumentRequired,
                "This server runs only registered documents (GraphQL:TrustedDocuments:Mode is Only) and this one is not registered: send the \"documentId\" of a document from the trusted document manifest.");
        }

        return new DocumentResolution(query, null, null);
    }

    private DocumentResolution FindPersisted(string hash)
    {
        if ((Volatile.Read(ref _manifest).FindByHash(hash) ?? _automatic?.Find(hash)) is { } text)
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
