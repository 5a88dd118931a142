using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Persistence;
using Platform.Records.Requests;

namespace Platform.Records.Features.RemindRecordsRequest;

internal sealed class RemindRecordsRequestValidator : IValidator<Contracts.RemindRecordsRequest>
{
    public ValueTask ValidateAsync(Contracts.RemindRecordsRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("requestId", request.RequestId);
        DocumentRules.OptionalText(errors, "note", request.Note);
        return ValueTask.CompletedTask;
    }
}

internal sealed class RemindRecordsRequestHandler(RecordsDbContext db, IOptions<RecordsOptions> options, TimeProvider clock)
    : IRequestHandler<Contracts.RemindRecordsRequest, RecordsRequestDto>
{
    public async Task<RecordsRequestDto> Handle(Contracts.RemindRecordsRequest request, CancellationToken cancellationToken)
    {
        var records = await db.RecordsRequests.SingleOrDefaultAsync(r => r.Id == request.RequestId && r.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(RecordsRequest), request.RequestId);
        db.ExpectVersion(records, request.ExpectedVersion);
        var now = clock.GetUtcNow();
        records.Remind(options.Value.ReminderInterval, now);
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([records], now, cancellationToken))[0];
    }
}
