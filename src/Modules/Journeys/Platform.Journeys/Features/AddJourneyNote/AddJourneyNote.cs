using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.AddJourneyNote;

internal sealed class AddJourneyNoteHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.AddJourneyNote, TimelineEntryDto>
{
    public async Task<TimelineEntryDto> Handle(Contracts.AddJourneyNote request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var journey = await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == request.JourneyId, cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), request.JourneyId);
        await db.TouchJourneysAsync([journey.Id], now, cancellationToken);
        var entry = db.Note(journey.Id, "note", request.Text.Trim(), user.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return entry.ToDto();
    }
}

internal sealed class AddJourneyNoteValidator : IValidator<Contracts.AddJourneyNote>
{
    public ValueTask ValidateAsync(Contracts.AddJourneyNote request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("text", request.Text, JourneyModel.Text);
        return ValueTask.CompletedTask;
    }
}
