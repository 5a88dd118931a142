namespace Platform.Kernel.Messaging;

/// <summary>
/// A request was well-formed and allowed, but the domain refuses it (a journey cannot move from
/// closed back to inquiry). The code is stable for clients; the message says why and what to do.
/// </summary>
public sealed class BusinessRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
