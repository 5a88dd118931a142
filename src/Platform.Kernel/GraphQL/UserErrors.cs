using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Validation;

namespace Platform.Kernel.GraphQL;

/// <summary>
/// The GraphQL <c>Error</c> interface: a failure a person can act on (a broken rule, a stale version,
/// a record that is gone), returned as data in a mutation's payload rather than as a top-level error.
/// Every error in a payload's <c>errors</c> list implements it, so a client that only knows the
/// interface can still show <c>message</c> and branch on <c>code</c>.
/// </summary>
[InterfaceType]
[GraphQLName("Error")]
public interface IUserError
{
    /// <summary>What went wrong, in words a coordinator can read.</summary>
    string Message { get; }

    /// <summary>A stable code to branch on, the same one the top-level error would carry.</summary>
    string Code { get; }
}

/// <summary>An input field broke a rule; <c>field</c> is its path in the mutation's input, such as <c>identity.nationality</c>.</summary>
[GraphQLName("ValidationError")]
public sealed record ValidationUserError(
    string Message,
    [property: GraphQLDescription("The path of the field in the input, such as identity.nationality.")] string Field,
    [property: GraphQLDescription("The rule it broke, such as required or format.")] string Rule,
    [property: GraphQLDescription("The value that was sent, when there was one.")] string? Value) : IUserError
{
    /// <inheritdoc/>
    public string Code => GraphQLRequests.ValidationFailed;
}

/// <summary>A business rule refused the change (an illegal stage move, a consent that is missing).</summary>
[GraphQLName("BusinessRuleError")]
public sealed record BusinessRuleUserError(string Message, string Code) : IUserError;

/// <summary>The record the mutation names does not exist (or was merged away).</summary>
[GraphQLName("NotFoundError")]
public sealed record NotFoundUserError(string Message) : IUserError
{
    /// <inheritdoc/>
    public string Code => GraphQLRequests.NotFound;
}

/// <summary>Someone else changed the record first; read it again and retry with its new version.</summary>
[GraphQLName("ConcurrencyError")]
public sealed record ConcurrencyUserError(string Message) : IUserError
{
    /// <inheritdoc/>
    public string Code => GraphQLRequests.ConcurrencyConflict;
}

/// <summary>What a mutation's request came to: its result, or the user errors that stopped it (never both).</summary>
public sealed record MutationOutcome<TResponse>(TResponse? Result, IReadOnlyList<IUserError> Errors)
{
    /// <summary>True when the request went through.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// The mutation convention: a mutation takes one <c>input</c> argument and returns a payload with its
/// result and a list of <see cref="IUserError"/>, so refusals a person can act on are data. Refusals
/// of who is asking (unauthenticated, forbidden) stay top-level errors, as do unexpected failures.
/// </summary>
public static class UserErrors
{
    /// <summary>Sends <paramref name="request"/> and turns validation, business-rule, not-found and concurrency refusals into user errors.</summary>
    public static async Task<MutationOutcome<TResponse>> SendForPayloadAsync<TResponse>(this IMediator mediator, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        try
        {
            return new MutationOutcome<TResponse>(await mediator.Send(request, cancellationToken), []);
        }
        catch (Exception ex) when (ToUserErrors(ex) is { } errors)
        {
            return new MutationOutcome<TResponse>(default, errors);
        }
        catch (Exception ex) when (GraphQLRequests.ToGraphQLError(ex) is { } error)
        {
            throw error;
        }
    }

    /// <summary>The user errors for a kernel refusal, or null when the exception is not one a person can act on.</summary>
    public static IReadOnlyList<IUserError>? ToUserErrors(Exception exception) => exception switch
    {
        ValidationException validation => [.. validation.Errors.Select(e => new ValidationUserError(e.Message, e.Field, e.Rule, e.AttemptedValue))],
        BusinessRuleException rule => [new BusinessRuleUserError(rule.Message, rule.Code)],
        NotFoundException missing => [new NotFoundUserError(missing.Message)],
        ConcurrencyConflictException conflict => [new ConcurrencyUserError(conflict.Message)],
        _ => null,
    };
}
