namespace Platform.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report a field error whose message is meant for the client: it is never
/// replaced by <see cref="ExecutorOptions.UnexpectedErrorMessage"/>, and its <see cref="Extensions"/>
/// go to the response (e.g. <c>{ "code": "NOT_FOUND" }</c>).
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates the exception with its client-facing message and optional extensions.</summary>
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions)
        : base(message) => Extensions = extensions;

    /// <summary>Creates the exception with its client-facing message.</summary>
    public GraphQLException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its client-facing message and the failure behind it (which the client does not see).</summary>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message; prefer a specific one.</summary>
    public GraphQLException()
        : base("The field could not be resolved.")
    {
    }

    /// <summary>Entries for the error's <c>extensions</c>; null when there are none.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
