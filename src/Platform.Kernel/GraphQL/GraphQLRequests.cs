using MediatR;
using Platform.GraphQL.Execution;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Kernel.GraphQL;

/// <summary>
/// Sends a request from a GraphQL resolver and turns the pipeline's refusals into field errors
/// with a stable <c>extensions.code</c>, so every module's fields answer errors the same way
/// (the GraphQL twin of <see cref="Http.RequestResults"/>). Anything else stays an unexpected
/// error, whose message the executor hides outside Development.
/// </summary>
public static class GraphQLRequests
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string NotFound = "NOT_FOUND";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";

    public static async Task<TResponse> SendForGraphQLAsync<TResponse>(this IMediator mediator, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        try
        {
            return await mediator.Send(request, cancellationToken);
        }
        catch (Exception ex) when (ToGraphQLError(ex) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The field error for a kernel refusal, or null when the exception is not one (it stays an unexpected error).</summary>
    internal static GraphQLException? ToGraphQLError(Exception exception) => exception switch
    {
        AccessDeniedException denied => Error(denied.Authenticated ? Forbidden : Unauthenticated, denied.Message),
        ValidationException invalid => Error(ValidationFailed, invalid.Message, ("errors", invalid.Errors.Select(e => (object?)new Dictionary<string, object?>
        {
            ["field"] = e.Field,
            ["rule"] = e.Rule,
            ["message"] = e.Message,
        }).ToList())),
        NotFoundException missing => Error(NotFound, missing.Message),
        ConcurrencyConflictException conflict => Error(ConcurrencyConflict, conflict.Message),
        BusinessRuleException rule => Error(rule.Code, rule.Message),
        _ => null,
    };

    private static GraphQLException Error(string code, string message, (string Key, object? Value)? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is { } entry)
        {
            extensions[entry.Key] = entry.Value;
        }

        return new GraphQLException(message, extensions);
    }
}
