using MediatR;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.AssignCareTeamMember;

internal sealed class AssignCareTeamMemberHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.AssignCareTeamMember, JourneyDto>
{
    public async Task<JourneyDto> Handle(Contracts.AssignCareTeamMember request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var journey = await db.JourneyForChangeAsync(request.JourneyId, request.ExpectedVersion, cancellationToken);
        var name = request.Name.Trim();
        var replaced = journey.AssignCareTeamMember(request.Role, request.UserId?.Trim(), name, user.UserId, now);
        var role = request.Role switch
        {
            CareTeamRole.CaseManager => "case manager",
            CareTeamRole.TreatingPhysician => "treating physician",
            _ => request.Role.ToString().ToLowerInvariant(),
        };
        db.Note(journey.Id, "care-team", replaced is null ? $"{name} joined the care team as {role}." : $"{name} replaced {replaced.Name} as {role}.", user.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return journey.ToDto();
    }
}

internal sealed class AssignCareTeamMemberValidator : IValidator<Contracts.AssignCareTeamMember>
{
    public ValueTask ValidateAsync(Contracts.AssignCareTeamMember request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Positive("expectedVersion", request.ExpectedVersion);
        errors.Defined("role", (CareTeamRole?)request.Role);
        errors.Text("name", request.Name, JourneyModel.Title);
        errors.OptionalText("userId", request.UserId, JourneyModel.UserId);
        if (request.Role is CareTeamRole.Coordinator && string.IsNullOrWhiteSpace(request.UserId))
        {
            errors.Add("userId", request.UserId, "Required", "is required for a coordinator: the coordinator is a user of the platform whose work queue and journeys filter by it");
        }

        return ValueTask.CompletedTask;
    }
}
