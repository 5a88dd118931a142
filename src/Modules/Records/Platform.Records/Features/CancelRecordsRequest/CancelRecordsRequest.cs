using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Persistence;
using Platform.Records.Requests;

namespace Platform.Records.Features.CancelRecordsRequest;

internal sealed class CancelRecordsRequestValidator : IValidator<Contracts.CancelRecordsRequest>
{
    public ValueTask ValidateAsync(Contracts.CancelRecordsRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("requestId", request.RequestId);
        if (errors.NotEmpty("reason", request.Reason))
        {
            errors.MaxLength("reason", request.Reason, RecordsDbContext.TextLength);
        }

        return ValueTask.CompletedTask;
    }
}

internal sealed class CancelRecordsRequestHandler(RecordsDbContext db, TimeProvider clock) : IRequestHandler<Contracts.CancelRecordsRequest, RecordsRequestDto>
{
    public async Task<RecordsRequestDto> Handle(Contracts.CancelRecordsRequest request, CancellationToken cancellationToken)
    {
        var records = await db.RecordsRequests.SingleOrDefaultAsync(r => r.Id == request.RequestId && r.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(RecordsRequest), request.RequestId);
        db.ExpectVersion(records, request.ExpectedVersion);
        records.Cancel(request.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([records], clock.GetUtcNow(), cancellationToken))[0];
    }
}
