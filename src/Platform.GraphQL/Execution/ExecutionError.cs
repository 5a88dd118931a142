using Platform.GraphQL.Language;

namespace Platform.GraphQL.Execution;

/// <summary>Where in the document an error applies: 1-based line and column.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column, in UTF-16 code units.</param>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>
/// An entry of the response's <c>errors</c>: a request error (no <see cref="Path"/>: the operation
/// could not run) or an execution error raised at a response position (<see cref="Path"/> set).
/// </summary>
public sealed class ExecutionError
{
    /// <summary>An error with what the client will see.</summary>
    public ExecutionError(
        string message,
        IReadOnlyList<ErrorLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations ?? [];
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    /// <summary>The message for the client.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error applies; empty when nowhere in particular.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; }

    /// <summary>The response position: response keys (strings) and list indexes (ints); null for a request error.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra entries for the client (e.g. a <c>code</c>); null when there are none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error, for logging; never sent to the client.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc/>
    public override string ToString() => Path is null ? Message : $"{Message} (at {string.Join('.', Path)})";

    internal static IReadOnlyList<ErrorLocation> LocationsOf(SyntaxNode? node) =>
        node?.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : [];
}
