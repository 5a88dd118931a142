using MediatR;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.SetJourneyMilestone;

internal sealed class SetJourneyMilestoneHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.SetJourneyMilestone, JourneyDto>
{
    public async Task<JourneyDto> Handle(Contracts.SetJourneyMilestone request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var journey = await db.JourneyForChangeAsync(request.JourneyId, request.ExpectedVersion, cancellationToken);
        var before = journey.SetMilestone(request.Kind, Instants.Stored(request.At.ToUniversalTime()), user.UserId, now);
        await db.ReplanAsync(journey, request.Kind, before, user.UserId, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return journey.ToDto();
    }
}

internal sealed class SetJourneyMilestoneValidator : IValidator<Contracts.SetJourneyMilestone>
{
    public ValueTask ValidateAsync(Contracts.SetJourneyMilestone request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Positive("expectedVersion", request.ExpectedVersion);
        errors.Defined("kind", (MilestoneKind?)request.Kind);
        if (request.Kind == MilestoneKind.InquiryReceived)
        {
            errors.Add("kind", request.Kind, "Fixed", "is dated when the journey opens and cannot be moved; choose ExpectedArrival, Admission, Procedure, Discharge or Departure");
        }

        if (request.At.Year is < 2000 or > 2100)
        {
            errors.Add("at", request.At, "InRange", "must be a date between the years 2000 and 2100");
        }

        return ValueTask.CompletedTask;
    }
}
