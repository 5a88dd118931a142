namespace Platform.Kernel.Security;

/// <summary>The pipeline refused a request; the message says who, what was needed, and why it failed.</summary>
public sealed class AccessDeniedException(string message, bool authenticated) : Exception(message)
{
    /// <summary>False when nobody signed in (HTTP 401), true when the signed-in user lacks the right (HTTP 403).</summary>
    public bool Authenticated { get; } = authenticated;
}
