using MediatR;
using Platform.Kernel.Validation;

namespace Platform.Kernel.Messaging.Behaviors;

/// <summary>Runs every validator of the request and refuses it, with all broken rules at once, before the handler.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new ValidationErrors();
        foreach (var validator in validators)
        {
            await validator.ValidateAsync(request, errors, cancellationToken);
        }

        if (!errors.IsEmpty)
        {
            throw new ValidationException(typeof(TRequest).Name, errors.All);
        }

        return await next();
    }
}
