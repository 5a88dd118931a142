using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;

namespace Platform.Journeys.Contracts;

/// <summary>
/// Brings journeys over from another system (a previous case tracker) in one transaction: each row
/// opens a journey in the stage the other system had it, planned on the latest pathway of its service
/// line (the pathway's tasks are created as <see cref="OpenJourney"/> creates them, due from the
/// row's milestones), and either every row is imported or none is. At most <see cref="MaxBatch"/> a
/// request. The caller vouches for the patient ids and kinds, as an import from another system does:
/// they are not looked up in the Patients module row by row (an import of many thousands would pay a
/// request per row); every other field is validated.
/// </summary>
[RequiresRole(Roles.Administrator)]
[Audited("Journey")]
public sealed record ImportJourneys(IReadOnlyList<JourneyImport> Journeys) : ICommand<JourneyImportResult>
{
    /// <summary>The most rows one request takes.</summary>
    public const int MaxBatch = 1000;
}

/// <summary>
/// One row of a journey import. <paramref name="OpenedAt"/> is when the other system opened the case
/// (not in the future); <paramref name="Milestones"/> dates the pathway's milestones (inquiry received
/// defaults to the opening); tasks that fall due on or before <paramref name="TasksDoneThrough"/> are
/// recorded done on their due date; <paramref name="CoordinatorUserId"/> and
/// <paramref name="CoordinatorName"/> put a coordinator on the care team.
/// </summary>
public sealed record JourneyImport(
    Guid PatientId,
    PatientKind PatientKind,
    string Title,
    string ServiceLine,
    JourneyStage Stage,
    DateTimeOffset OpenedAt,
    IReadOnlyDictionary<MilestoneKind, DateTimeOffset>? Milestones = null,
    DateTimeOffset? TasksDoneThrough = null,
    string? CoordinatorUserId = null,
    string? CoordinatorName = null);

/// <summary>The ids of the imported journeys, in the order of the rows, and how many tasks they hold.</summary>
public sealed record JourneyImportResult(IReadOnlyList<Guid> JourneyIds, int TaskCount);
