using MediatR;
using Platform.Kernel.Auditing;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Kernel.Messaging.Behaviors;

/// <summary>
/// Outermost step: records every use of patient data (and of requests marked audited), and every
/// refusal of any request, whatever the outcome. A read whose audit entry cannot be written fails.
/// </summary>
internal sealed class AuditBehavior<TRequest, TResponse>(ICurrentUser user, IAuditTrail trail, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var access = RequestAccess.Of(typeof(TRequest));
        TResponse response;
        try
        {
            response = await next();
        }
        catch (AccessDeniedException ex)
        {
            // A refusal is recorded even when the caller has gone away.
            await AppendAsync(access, request, AuditOutcome.Denied, ex.Message, CancellationToken.None);
            throw;
        }
        catch (ValidationException ex) when (access.IsAudited)
        {
            await AppendAsync(access, request, AuditOutcome.Invalid, ex.Message, CancellationToken.None);
            throw;
        }
        catch (Exception ex) when (access.IsAudited && ex is not OperationCanceledException)
        {
            await AppendAsync(access, request, AuditOutcome.Failed, ex.GetType().Name, CancellationToken.None);
            throw;
        }

        if (access.IsAudited)
        {
            await AppendAsync(access, request, AuditOutcome.Succeeded, null, cancellationToken);
        }

        return response;
    }

    private Task AppendAsync(RequestAccess access, TRequest request, AuditOutcome outcome, string? detail, CancellationToken cancellationToken) =>
        trail.AppendAsync(
            new AuditRecord(
                clock.GetUtcNow(),
                user.UserId,
                user.DisplayName,
                string.Join(',', user.Roles.Order(StringComparer.Ordinal)),
                access.IsCommand ? "change" : "read",
                access.Name,
                access.ResourceType,
                (request as IPatientScoped)?.PatientId.ToString(),
                outcome,
                detail,
                user.Source),
            cancellationToken);
}
