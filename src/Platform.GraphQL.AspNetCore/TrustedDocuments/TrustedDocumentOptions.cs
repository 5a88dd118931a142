namespace Platform.GraphQL.AspNetCore;

/// <summary>Which documents the endpoint executes.</summary>
public enum TrustedDocumentMode
{
    /// <summary>Any document: sent as text, by the id of a registered document, or by an automatic persisted query's hash.</summary>
    Allow,

    /// <summary>
    /// Registered (trusted) documents only: a document is executed when it is sent by its id, or
    /// sent as text that is exactly a registered document; any other document is refused.
    /// </summary>
    Only,
}

/// <summary>
/// Trusted documents (persisted queries): clients send a document's id instead of its text. The
/// host binds it from the configuration section <c>GraphQL:TrustedDocuments</c>.
/// </summary>
public sealed class TrustedDocumentOptions
{
    /// <summary>Whether documents that are not registered are executed. Default <see cref="TrustedDocumentMode.Allow"/>.</summary>
    public TrustedDocumentMode Mode { get; init; } = TrustedDocumentMode.Allow;

    /// <summary>
    /// A JSON manifest of registered documents, relative to the content root: either a map from id
    /// to document text (<c>{"sha256-hex": "query ..."}</c>, as GraphQL Code Generator's client preset
    /// writes it) or an Apollo persisted query manifest (<c>{"operations": [{"id", "body"}]}</c>).
    /// An id that is a SHA-256 (64 hex digits, optionally after <c>sha256:</c>) must be the hash of
    /// its document's UTF-8 text. Null: no registered documents.
    /// </summary>
    public string? ManifestPath { get; init; }

    /// <summary>
    /// Whether a change to the manifest file is picked up while the host runs (default true): clients
    /// deploy new documents without a restart. A changed manifest that does not load (bad JSON, a
    /// wrong hash, empty in <see cref="TrustedDocumentMode.Only"/>) is logged as an error and the
    /// documents registered before stay in use.
    /// </summary>
    public bool ReloadOnChange { get; init; } = true;

    /// <summary>
    /// Automatic persisted queries (Apollo's protocol): a client sends only
    /// <c>extensions.persistedQuery.sha256Hash</c>; when the server does not know it, the client sends
    /// the text with the hash once, and the server checks the hash and remembers the document.
    /// Null (the default) means on in Development only; it cannot be on with <see cref="TrustedDocumentMode.Only"/>.
    /// </summary>
    public bool? AutomaticPersistedQueries { get; init; }

    /// <summary>How many automatically persisted documents are remembered; the least recently used go first. Default 10,000.</summary>
    public int AutomaticPersistedQueryCapacity { get; init; } = 10_000;
}
