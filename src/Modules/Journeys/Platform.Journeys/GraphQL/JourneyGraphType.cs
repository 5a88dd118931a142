using MediatR;
using Platform.GraphQL.CodeFirst;
using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;
using Platform.Journeys.Contracts;
using Platform.Kernel.GraphQL;
using Platform.Patients.Contracts;

namespace Platform.Journeys.GraphQL;

[GraphQLName("Journey")]
[GraphQLDescription("A patient's case from first inquiry to closed follow-up.")]
internal sealed class JourneyGraphType(JourneyDto journey)
{
    public Guid Id => journey.Id;

    [GraphQLDescription("Send it back as the expected version of the next change.")]
    public long Version => journey.Version;

    public Guid PatientId => journey.PatientId;

    public PatientKind PatientKind => journey.PatientKind;

    public string Title => journey.Title;

    [GraphQLDescription("The service line whose pathway planned the tasks, such as orthopedics.")]
    public string? ServiceLine => journey.ServiceLine;

    [GraphQLDescription("The pathway version the journey was planned on; later versions do not change it.")]
    public int? PathwayVersion => journey.PathwayVersionNumber;

    public JourneyStage Stage => journey.Stage;

    [GraphQLDescription("Set while the journey is in care.")]
    public CareSetting? CareSetting => journey.CareSetting;

    public string? CoordinatorUserId => journey.CoordinatorUserId;

    public DateTimeOffset OpenedAt => journey.OpenedAt;

    public string OpenedBy => journey.OpenedBy;

    public DateTimeOffset UpdatedAt => journey.UpdatedAt;

    public DateTimeOffset? ClosedAt => journey.ClosedAt;

    public IReadOnlyList<MilestoneDto> Milestones => journey.Milestones;

    public IReadOnlyList<CareTeamMemberDto> CareTeam => journey.CareTeam;

    [GraphQLDescription("Every stage the journey was in, oldest first, with who moved it, when and why.")]
    public IReadOnlyList<StageChangeDto> StageHistory => journey.StageHistory;

    [GraphQLDescription("The stages it may move to from here.")]
    public IReadOnlyList<JourneyStage> AllowedMoves => journey.AllowedMoves;

    [GraphQLDescription("The journey's tasks in pathway order, then those added by hand (staff only). Batched across journeys.")]
    public async ValueTask<IReadOnlyList<CareTaskDto>> Tasks(IResolverContext context, IMediator mediator) =>
        await context.GroupedLoader<Guid, CareTaskDto>("journey-tasks", async (ids, cancellationToken) =>
            (await mediator.SendForGraphQLAsync(new GetJourneyTasks(ids), cancellationToken)).ToLookup(t => t.JourneyId)).LoadAsync(journey.Id);

    [GraphQLDescription("Everything that happened on the journey, oldest first, from every module (staff only). Batched across journeys.")]
    public async ValueTask<IReadOnlyList<TimelineEntryDto>> Timeline(IResolverContext context, IMediator mediator) =>
        await context.GroupedLoader<Guid, TimelineEntryDto>("journey-timeline", async (ids, cancellationToken) =>
            (await mediator.SendForGraphQLAsync(new GetJourneyTimelines(ids), cancellationToken)).ToLookup(e => e.JourneyId)).LoadAsync(journey.Id);

    [GraphQLDescription("The follow-up plan after discharge: its items (calls, telehealth visits, tests) with due dates and status, and whether it was ended. Not started before discharge. Batched across journeys.")]
    public async ValueTask<FollowUpPlanDto> FollowUpPlan(IResolverContext context, IMediator mediator) =>
        (await context.GroupedLoader<Guid, FollowUpPlanDto>("journey-follow-up-plans", async (ids, cancellationToken) =>
            (await mediator.SendForGraphQLAsync(new GetFollowUpPlans(ids), cancellationToken)).ToLookup(p => p.JourneyId)).LoadAsync(journey.Id)).Single();

    [GraphQLDescription("Remote monitoring: the measures watched with their thresholds and last reading, and the readings taken. Batched across journeys.")]
    public async ValueTask<JourneyMonitoringGraphType> Monitoring(IResolverContext context, IMediator mediator) =>
        new(journey.Id, await context.GroupedLoader<Guid, MonitoredMeasureDto>("journey-monitoring", async (ids, cancellationToken) =>
            (await mediator.SendForGraphQLAsync(new GetJourneyMonitoring(ids), cancellationToken)).ToLookup(m => m.JourneyId)).LoadAsync(journey.Id));
}
