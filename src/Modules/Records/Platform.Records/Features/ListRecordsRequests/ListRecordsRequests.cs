using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Persistence;
using Platform.Records.Requests;

namespace Platform.Records.Features.ListRecordsRequests;

internal sealed class ListRecordsRequestsValidator : IValidator<Contracts.ListRecordsRequests>
{
    public ValueTask ValidateAsync(Contracts.ListRecordsRequests request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.InRange("first", request.First, 1, 200);
        return ValueTask.CompletedTask;
    }
}

internal sealed class ListRecordsRequestsHandler(RecordsDbContext db, TimeProvider clock) : IRequestHandler<Contracts.ListRecordsRequests, IReadOnlyList<RecordsRequestDto>>
{
    private static readonly RecordsRequestStatus[] _open = [RecordsRequestStatus.Requested, RecordsRequestStatus.Reminded, RecordsRequestStatus.PartiallyReceived];

    public async Task<IReadOnlyList<RecordsRequestDto>> Handle(Contracts.ListRecordsRequests request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = db.RecordsRequests.AsNoTracking();
        query = request.PatientId is { } patientId ? query.Where(r => r.PatientId == patientId) : query.Where(r => _open.Contains(r.Status));
        if (request.RemindersDueOnly)
        {
            // The due date is compared in memory (DateOnly against now); the reminder instant narrows the rows first.
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            query = query.Where(r => _open.Contains(r.Status) && r.NextReminderAt != null && (r.NextReminderAt <= now || r.DueBy < today));
        }

        var requests = await query.OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).Take(request.First).ToListAsync(cancellationToken);
        return await db.ToDtosAsync(requests, now, cancellationToken);
    }
}
