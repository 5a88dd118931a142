namespace Platform.Kernel.Validation;

/// <summary>Thrown by the pipeline before a handler runs when a request breaks one or more rules.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(string requestName, IReadOnlyList<ValidationError> errors)
        : base($"{requestName} is invalid: " + string.Join(" ", errors.Select(e => e.Message)))
    {
        RequestName = requestName;
        Errors = errors;
    }

    public string RequestName { get; }

    public IReadOnlyList<ValidationError> Errors { get; }
}
