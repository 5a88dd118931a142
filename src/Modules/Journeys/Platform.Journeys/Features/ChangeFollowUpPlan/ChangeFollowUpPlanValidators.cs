using Platform.Journeys.Contracts;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.ChangeFollowUpPlan;

internal sealed class ChangeFollowUpPlanValidators :
    IValidator<AddFollowUpItem>,
    IValidator<RescheduleFollowUpItem>,
    IValidator<CompleteFollowUpItem>,
    IValidator<SkipFollowUpItem>,
    IValidator<EndFollowUpPlan>
{
    public ValueTask ValidateAsync(AddFollowUpItem request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Defined("kind", (FollowUpKind?)request.Kind);
        errors.Text("title", request.Title, JourneyModel.Title);
        errors.TaskRole("ownerRole", request.OwnerRole);
        errors.OptionalText("instructions", request.Instructions, JourneyModel.Text);
        DueDate(errors, request.DueAt);
        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(RescheduleFollowUpItem request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        DueDate(errors, request.DueAt);
        errors.OptionalText("reason", request.Reason, JourneyModel.Text);
        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(CompleteFollowUpItem request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("outcome", request.Outcome, FollowUpRules.OutcomeLength);
        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(SkipFollowUpItem request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("reason", request.Reason, FollowUpRules.OutcomeLength);
        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(EndFollowUpPlan request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Defined("reason", (FollowUpPlanEndReason?)request.Reason);
        errors.OptionalText("note", request.Note, JourneyModel.Text);
        if (request.Reason == FollowUpPlanEndReason.Other && string.IsNullOrWhiteSpace(request.Note))
        {
            errors.Add("note", request.Note, "Required", "is required when the reason is Other: say why the plan ends");
        }

        return ValueTask.CompletedTask;
    }

    private static void DueDate(ValidationErrors errors, DateTimeOffset dueAt)
    {
        if (dueAt.Year is < 2000 or > 2100)
        {
            errors.Add("dueAt", dueAt, "InRange", "must be a date between the years 2000 and 2100");
        }
    }
}
