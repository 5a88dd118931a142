using MediatR;
using Microsoft.AspNetCore.Http;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Kernel.Http;

/// <summary>
/// Sends a request from a plain HTTP endpoint and turns the pipeline's refusals into problem
/// details with the right status, so every module's endpoints answer errors the same way.
/// </summary>
public static class RequestResults
{
    public static async Task<IResult> SendAsync<TResponse>(IMediator mediator, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Ok(await mediator.Send(request, cancellationToken));
        }
        catch (AccessDeniedException ex)
        {
            var status = ex.Authenticated ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            return Results.Problem(statusCode: status, title: ex.Authenticated ? "FORBIDDEN" : "UNAUTHENTICATED", detail: ex.Message);
        }
        catch (ValidationException ex)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "VALIDATION_FAILED",
                detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["errors"] = ex.Errors });
        }
        catch (NotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "NOT_FOUND", detail: ex.Message);
        }
        catch (ConcurrencyConflictException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "CONCURRENCY_CONFLICT", detail: ex.Message);
        }
        catch (BusinessRuleException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: ex.Code, detail: ex.Message);
        }
    }
}
