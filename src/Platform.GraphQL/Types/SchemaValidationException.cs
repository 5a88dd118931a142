using System.Collections.Immutable;

namespace Platform.GraphQL.Types;

/// <summary>One problem that keeps definitions from making a valid schema.</summary>
/// <param name="Message">What is wrong and where, e.g. <c>Interface field Node.id expects type ID! but Patient.id is type String.</c></param>
/// <param name="Coordinate">The schema coordinate at fault, e.g. <c>Patient.id</c>; null for problems of the schema as a whole.</param>
public sealed record SchemaError(string Message, string? Coordinate = null)
{
    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>
/// <see cref="SchemaBuilder.Build"/> found problems. <see cref="Errors"/> lists every one, and the
/// message lists them one per line.
/// </summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception for the problems found.</summary>
    public SchemaValidationException(IEnumerable<SchemaError> errors)
        : this(errors.ToImmutableArray())
    {
    }

    /// <summary>Creates the exception for one problem described by <paramref name="message"/>.</summary>
    public SchemaValidationException(string message)
        : this([new SchemaError(message)])
    {
    }

    /// <summary>Creates the exception for one problem, caused by <paramref name="innerException"/>.</summary>
    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [new SchemaError(message)];

    /// <summary>Creates the exception with no problems listed; prefer one of the other constructors.</summary>
    public SchemaValidationException()
        : this(ImmutableArray<SchemaError>.Empty)
    {
    }

    private SchemaValidationException(ImmutableArray<SchemaError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Every problem found, in the order found.</summary>
    public ImmutableArray<SchemaError> Errors { get; }

    private static string Describe(ImmutableArray<SchemaError> errors) => errors.Length switch
    {
        0 => "The schema is invalid.",
        1 => "The schema is invalid: " + errors[0].Message,
        _ => $"The schema is invalid ({errors.Length} problems):" + string.Concat(errors.Select(error => "\n- " + error.Message)),
    };
}
