namespace Platform.Kernel.Validation;

/// <summary>
/// Validates one request type. Registered by scanning the module; the validation behavior runs
/// every validator of a request and refuses it with all errors at once.
/// </summary>
public interface IValidator<in TRequest>
{
    ValueTask ValidateAsync(TRequest request, ValidationErrors errors, CancellationToken cancellationToken);
}
