using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Contracts;

/// <summary>
/// Opens a journey for a registered patient. The patient's kind chooses the stage it opens in
/// (medical tourist: inquiry; ill or injured traveler: in care, admitted unless said otherwise;
/// expatriate and pensioner: medical review) unless StartStage names inquiry, medical review or in
/// care. With a service line, the latest published pathway of that line is planned into tasks.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
[Audited("Journey")]
public sealed record OpenJourney(
    Guid PatientId,
    string Title,
    string? ServiceLine = null,
    JourneyStage? StartStage = null,
    CareSetting? CareSetting = null) : ICommand<JourneyDto>, IPatientScoped;

/// <summary>
/// Moves a journey to another stage, if the transition table allows it from where it stands. The first
/// move to discharged starts the follow-up plan; a move to closed is refused (FOLLOW_UP_PLAN_INCOMPLETE)
/// while a follow-up is open, unless the plan was ended or the journey comes from lost to follow-up.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("Journey")]
public sealed record MoveJourneyStage(Guid JourneyId, long ExpectedVersion, JourneyStage To, CareSetting? CareSetting = null, string? Reason = null) : ICommand<JourneyDto>;

/// <summary>Sets or moves one milestone date; open tasks that fall due relative to it move with it.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
[Audited("Journey")]
public sealed record SetJourneyMilestone(Guid JourneyId, long ExpectedVersion, MilestoneKind Kind, DateTimeOffset At) : ICommand<JourneyDto>;

/// <summary>
/// Puts a person on the care team. Coordinator and case manager hold one person each (assigning
/// replaces); a journey may have several treating physicians and interpreters.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Administrator)]
[Audited("Journey")]
public sealed record AssignCareTeamMember(Guid JourneyId, long ExpectedVersion, CareTeamRole Role, string Name, string? UserId = null) : ICommand<JourneyDto>;

/// <summary>Adds a free-text note to the journey's timeline.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician)]
[Audited("Journey")]
public sealed record AddJourneyNote(Guid JourneyId, string Text) : ICommand<TimelineEntryDto>;

/// <summary>
/// One journey. Staff read any; a patient only their own, a partner agent only a patient their
/// organization holds a grant for (checked against the journey's patient).
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record GetJourney(Guid JourneyId) : IQuery<JourneyDto>;

/// <summary>The journeys of several patients at once, newest first per patient (what Patient.journeys batches into one query).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record GetJourneysOfPatients(IReadOnlyList<Guid> PatientIds) : IQuery<IReadOnlyList<JourneyDto>>;

/// <summary>
/// What a page of journeys is filtered by; every part is optional. Overdue true keeps journeys with
/// an open task past its due date, false those without. Date ranges include both ends.
/// </summary>
public sealed record JourneyFilter(
    JourneyStage? Stage = null,
    string? CoordinatorUserId = null,
    Guid? PatientId = null,
    string? ServiceLine = null,
    bool? Overdue = null,
    DateTimeOffset? OpenedFrom = null,
    DateTimeOffset? OpenedTo = null,
    DateTimeOffset? UpdatedFrom = null,
    DateTimeOffset? UpdatedTo = null);

/// <summary>
/// A page of journeys (1 to 100), by keyset: pass the last edge's cursor as After, with the same filter and order.
/// Staff see every journey; a patient only their own; a partner agent only its granted patients' journeys.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record SearchJourneys(JourneyFilter Filter, JourneyOrder OrderBy = JourneyOrder.UpdatedNewestFirst, int First = 25, string? After = null) : IQuery<JourneyPage>;

/// <summary>How many journeys match a filter, among those the user may see (as <see cref="SearchJourneys"/>).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record CountJourneys(JourneyFilter Filter) : IQuery<int>;

public sealed record JourneyPage(IReadOnlyList<JourneyEdgeDto> Edges, bool HasNextPage);

public sealed record JourneyEdgeDto(JourneyDto Journey, string Cursor);

/// <summary>The timelines of several journeys, each oldest first.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator)]
public sealed record GetJourneyTimelines(IReadOnlyList<Guid> JourneyIds) : IQuery<IReadOnlyList<TimelineEntryDto>>;
