namespace Platform.GraphQL.Execution;

/// <summary>How an <see cref="Executor"/> reports errors and resolves abstract types. Immutable; share one instance.</summary>
public sealed class ExecutorOptions
{
    /// <summary>The defaults: exception messages shown, no CLR type mappings.</summary>
    public static ExecutorOptions Default { get; } = new();

    /// <summary>
    /// Whether the message of an unexpected exception (anything but <see cref="GraphQLException"/>
    /// and <see cref="Types.CoercionException"/>) thrown by a resolver reaches the client. Turn it
    /// off outside development: messages can reveal internals. Default true.
    /// </summary>
    public bool ExposeExceptionMessages { get; init; } = true;

    /// <summary>The message the client sees instead when <see cref="ExposeExceptionMessages"/> is off.</summary>
    public string UnexpectedErrorMessage { get; init; } = "Unexpected error.";

    /// <summary>
    /// The <c>extensions.code</c> of errors raised by unexpected resolver exceptions (e.g.
    /// <c>INTERNAL_SERVER_ERROR</c>), so clients can tell them apart whether or not the message is
    /// shown. Null (the default) adds no code. <see cref="GraphQLException"/> keeps its own extensions.
    /// </summary>
    public string? UnexpectedErrorCode
    {
        get;
        init
        {
            field = value;
            UnexpectedErrorExtensions = value is null ? null : new Dictionary<string, object?> { ["code"] = value };
        }
    }

    internal IReadOnlyDictionary<string, object?>? UnexpectedErrorExtensions { get; private init; }

    /// <summary>
    /// The object type (by name) of values of a CLR type, for fields of interface and union types
    /// whose type has no type resolver. Without an entry, a CLR type named like one of the abstract
    /// type's object types maps to it.
    /// </summary>
    public IReadOnlyDictionary<Type, string> ObjectTypesByClrType { get; init; } = new Dictionary<Type, string>();
}
