namespace Platform.GraphQL.Types;

/// <summary>
/// A value could not be coerced to or from a leaf type, e.g. <c>Int cannot represent non-integer value: 1.5</c>.
/// The message says what was expected and is safe to return to the client.
/// </summary>
public sealed class CoercionException : Exception
{
    /// <summary>Creates the exception with its client-facing message.</summary>
    public CoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its client-facing message and the failure behind it.</summary>
    public CoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message; prefer a specific one.</summary>
    public CoercionException()
        : base("The value could not be coerced.")
    {
    }
}
