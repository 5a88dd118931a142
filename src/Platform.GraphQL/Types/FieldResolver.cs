namespace Platform.GraphQL.Types;

/// <summary>Produces the value of one field for one parent value. The execution layer calls it.</summary>
/// <param name="context">The field, its parent value and its coerced arguments.</param>
/// <returns>The field's value: completed according to the field's type (a list, a leaf, an object to select from).</returns>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>
/// Tells which object type a value of an interface or union type is, by name; null when it
/// cannot tell (the executor then reports a field error).
/// </summary>
/// <param name="value">The value a resolver returned for a field of the abstract type.</param>
/// <param name="context">The field being resolved.</param>
public delegate string? TypeResolver(object value, IResolverContext context);

/// <summary>What a resolver knows about the field it resolves. Implemented by the execution layer.</summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    FieldDefinition Field { get; }

    /// <summary>The value of the parent object (the root value for a root field).</summary>
    object? Parent { get; }

    /// <summary>The coerced argument values by name; an argument given no value and no default is absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The request's services.</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the request is aborted.</summary>
    CancellationToken CancellationToken { get; }
}
