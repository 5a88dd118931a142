using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Parsed documents by the SHA-256 of their text, so that a document sent again is neither parsed
/// nor validated again, and the executor reuses the plans compiled for it (they hang off the
/// document instance). The hash is the one automatic persisted queries use, so a client may send
/// only the hash of a document it sent before. Bounded: past <see cref="Capacity"/>, documents not
/// used since the last sweep are dropped. Thread-safe.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<DocumentHash, CachedDocument> _documents = new();
    private readonly ParserOptions _parserOptions;
    private readonly Lock _sweep = new();

    /// <summary>A cache of at most <paramref name="capacity"/> documents, parsed with <paramref name="parserOptions"/> (the defaults when null).</summary>
    public DocumentCache(int capacity = 1000, ParserOptions? parserOptions = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _parserOptions = parserOptions ?? ParserOptions.Default;
    }

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>How many documents are cached.</summary>
    public int Count => _documents.Count;

    /// <summary>The cached document for <paramref name="text"/>, parsing and caching it the first time.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a document; nothing is cached.</exception>
    public CachedDocument GetOrParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = DocumentHash.Of(text);
        if (_documents.TryGetValue(hash, out var cached))
        {
            cached.WasUsed = true;
            return cached;
        }

        var document = new CachedDocument(hash, Parser.Parse(text, _parserOptions));
        if (_documents.Count >= Capacity)
        {
            Sweep();
        }

        return _documents.GetOrAdd(hash, document);
    }

    /// <summary>The document whose text has the SHA-256 <paramref name="sha256Hex"/> (64 hexadecimal digits), if cached.</summary>
    public bool TryGet(string sha256Hex, [NotNullWhen(true)] out CachedDocument? document)
    {
        document = null;
        if (!DocumentHash.TryParse(sha256Hex, out var hash) || !_documents.TryGetValue(hash, out document))
        {
            return false;
        }

        document.WasUsed = true;
        return true;
    }

    private void Sweep()
    {
        lock (_sweep)
        {
            if (_documents.Count < Capacity)
            {
                return;
            }

            // Drop what was not used since the last sweep; if everything was, drop half.
            var removed = 0;
            foreach (var (hash, document) in _documents)
            {
                if (!document.WasUsed && _documents.TryRemove(hash, out _))
                {
                    removed++;
                }

                document.WasUsed = false;
            }

            foreach (var hash in _documents.Keys)
            {
                if (removed >= Capacity / 2 || _documents.Count < Capacity)
                {
                    break;
                }

                if (_documents.TryRemove(hash, out _))
                {
                    removed++;
                }
            }
        }
    }
}

/// <summary>A parsed document in a <see cref="DocumentCache"/>, with its hash and what validation said about it per schema.</summary>
public sealed class CachedDocument
{
    private readonly ConcurrentDictionary<Schema, IReadOnlyList<ExecutionError>> _validation = new();

    internal CachedDocument(DocumentHash hash, DocumentNode document)
    {
        Hash = hash.ToString();
        Document = document;
    }

    /// <summary>The SHA-256 of the document's text, as 64 lowercase hexadecimal digits.</summary>
    public string Hash { get; }

    /// <summary>The parsed document; the same instance every time, so plans compiled for it are reused.</summary>
    public DocumentNode Document { get; }

    internal bool WasUsed { get; set; }

    /// <summary>The validation errors recorded for <paramref name="schema"/> (empty: valid); false when it was not validated against it yet.</summary>
    public bool TryGetValidation(Schema schema, [NotNullWhen(true)] out IReadOnlyList<ExecutionError>? errors) =>
        _validation.TryGetValue(schema, out errors);

    /// <summary>Records the outcome of validating the document against <paramref name="schema"/>.</summary>
    public void SetValidation(Schema schema, IReadOnlyList<ExecutionError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(errors);
        _validation[schema] = errors;
    }
}
