namespace Platform.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c> of trusted-document (persisted query) refusals; stable for clients.</summary>
public static class TrustedDocumentErrorCodes
{
    /// <summary>No registered document has the <c>documentId</c> the client sent.</summary>
    public const string DocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>
    /// The server does not know <c>extensions.persistedQuery.sha256Hash</c>; an automatic-persisted-query
    /// client sends the document again with its text to register it.
    /// </summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>Automatic persisted queries are off and the hash is not a registered document; send the text.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>The sent <c>sha256Hash</c> is not the SHA-256 of the sent <c>query</c>.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The server accepts only registered documents (<see cref="TrustedDocumentMode.Only"/>) and this one is not.</summary>
    public const string TrustedDocumentRequired = "TRUSTED_DOCUMENT_REQUIRED";
}
