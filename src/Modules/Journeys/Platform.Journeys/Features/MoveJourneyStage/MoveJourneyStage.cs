using MediatR;
using Platform.Journeys.Contracts;
using Platform.Journeys.FollowUpPlans;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.MoveJourneyStage;

internal sealed class MoveJourneyStageHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.MoveJourneyStage, JourneyDto>
{
    public async Task<JourneyDto> Handle(Contracts.MoveJourneyStage request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var journey = await db.JourneyForChangeAsync(request.JourneyId, request.ExpectedVersion, cancellationToken);
        var from = journey.Stage;
        var dated = journey.MoveTo(request.To, request.CareSetting, request.Reason?.Trim(), user.UserId, now);
        if (journey.Stage == JourneyStage.Closed)
        {
            await db.EnsureMayCloseAsync(journey, from, cancellationToken);
        }

        var setting = journey.CareSetting is { } s ? $" ({s.ToString().ToLowerInvariant()})" : "";
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? "" : $": {request.Reason.Trim()}";
        db.Note(journey.Id, "stage-changed", $"Moved from {StageTransitions.Name(from)} to {StageTransitions.Name(journey.Stage)}{setting}{reason}.", user.UserId, now);
        foreach (var kind in dated)
        {
            await db.ReplanAsync(journey, kind, null, user.UserId, now, cancellationToken);
        }

        if (journey.Stage == JourneyStage.Discharged)
        {
            await db.StartFollowUpPlanAsync(journey, user.UserId, now, cancellationToken);
        }

        db.Publish(new JourneyStageChanged(journey.Id, journey.PatientId, from, journey.Stage, journey.CareSetting, request.Reason, user.UserId, now), journey.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return journey.ToDto();
    }
}

internal sealed class MoveJourneyStageValidator : IValidator<Contracts.MoveJourneyStage>
{
    public ValueTask ValidateAsync(Contracts.MoveJourneyStage request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Positive("expectedVersion", request.ExpectedVersion);
        errors.Defined("to", (JourneyStage?)request.To);
        errors.Defined("careSetting", request.CareSetting);
        if (request.CareSetting is not null && request.To != JourneyStage.InCare)
        {
            errors.Add("careSetting", request.CareSetting, "InCareOnly", $"applies only to a move to InCare, not to {request.To}");
        }

        errors.OptionalText("reason", request.Reason, JourneyModel.Text);
        return ValueTask.CompletedTask;
    }
}
