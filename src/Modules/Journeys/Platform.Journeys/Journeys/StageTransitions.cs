using Platform.Journeys.Contracts;
using Platform.Kernel.Messaging;
using Platform.Patients.Contracts;

namespace Platform.Journeys.Journeys;

/// <summary>
/// The one table of stage moves. Forward moves follow the journey; the exits (declined, cancelled,
/// lost to follow-up) are open while a decision or the trip is still ahead; a few moves go back
/// because real journeys do (new records send a quote back to review, a readmission after discharge,
/// a patient lost to follow-up who calls again). In care to in care changes the care setting.
/// Closed, declined and cancelled end a journey for good.
/// </summary>
internal static class StageTransitions
{
    public const string IllegalMoveCode = "ILLEGAL_STAGE_MOVE";

    private static readonly Dictionary<JourneyStage, JourneyStage[]> _allowed = new()
    {
        [JourneyStage.Inquiry] = [JourneyStage.MedicalReview, JourneyStage.Declined, JourneyStage.Cancelled, JourneyStage.LostToFollowUp],
        [JourneyStage.MedicalReview] = [JourneyStage.Quotation, JourneyStage.Declined, JourneyStage.Cancelled, JourneyStage.LostToFollowUp],
        [JourneyStage.Quotation] = [JourneyStage.Confirmed, JourneyStage.MedicalReview, JourneyStage.Declined, JourneyStage.Cancelled, JourneyStage.LostToFollowUp],
        // Patients already in the country (expatriates, pensioners) go from confirmed straight into care.
        [JourneyStage.Confirmed] = [JourneyStage.PreTravel, JourneyStage.InCare, JourneyStage.Cancelled],
        [JourneyStage.PreTravel] = [JourneyStage.InCare, JourneyStage.Confirmed, JourneyStage.Cancelled],
        [JourneyStage.InCare] = [JourneyStage.InCare, JourneyStage.Discharged],
        [JourneyStage.Discharged] = [JourneyStage.FollowUp, JourneyStage.InCare, JourneyStage.Closed],
        [JourneyStage.FollowUp] = [JourneyStage.Closed, JourneyStage.InCare, JourneyStage.LostToFollowUp],
        [JourneyStage.LostToFollowUp] = [JourneyStage.FollowUp, JourneyStage.Closed],
        [JourneyStage.Closed] = [],
        [JourneyStage.Declined] = [],
        [JourneyStage.Cancelled] = [],
    };

    /// <summary>Stages a journey may open in when the coordinator chooses.</summary>
    public static IReadOnlyList<JourneyStage> StartStages { get; } = [JourneyStage.Inquiry, JourneyStage.MedicalReview, JourneyStage.InCare];

    public static IReadOnlyList<(JourneyStage From, JourneyStage To)> All { get; } =
        [.. _allowed.SelectMany(pair => pair.Value.Select(to => (pair.Key, to)))];

    public static IReadOnlyList<JourneyStage> From(JourneyStage stage) => _allowed[stage];

    public static bool IsAllowed(JourneyStage from, JourneyStage to) => _allowed[from].Contains(to);

    public static bool HasEnded(JourneyStage stage) => stage is JourneyStage.Closed or JourneyStage.Declined or JourneyStage.Cancelled;

    /// <summary>
    /// Where each kind of patient starts. A medical tourist begins with an inquiry; a traveler taken
    /// ill is already in care; expatriates and pensioners live here and come through a doctor's
    /// referral or a check-up request, so their journey begins with a clinician reviewing records.
    /// </summary>
    public static JourneyStage DefaultStart(PatientKind kind) => kind switch
    {
        PatientKind.IllOrInjuredTraveler => JourneyStage.InCare,
        PatientKind.ExpatriateOrForeignWorker or PatientKind.PensionerOrLongStayVisitor => JourneyStage.MedicalReview,
        _ => JourneyStage.Inquiry,
    };

    public static void EnsureAllowed(JourneyStage from, JourneyStage to, CareSetting? currentSetting, CareSetting? newSetting)
    {
        var allowed = _allowed[from];
        if (!allowed.Contains(to))
        {
            var options = allowed.Length == 0 ? $"none: {Name(from)} ends the journey" : string.Join(", ", allowed.Select(Name));
            throw new BusinessRuleException(IllegalMoveCode, $"A journey in {Name(from)} cannot move to {Name(to)}. Moves allowed from {Name(from)}: {options}.");
        }

        if (from == JourneyStage.InCare && to == JourneyStage.InCare && currentSetting == newSetting)
        {
            throw new BusinessRuleException(IllegalMoveCode, $"The journey is already in care ({currentSetting}); a move from in care to in care changes the care setting, so name the other one.");
        }
    }

    public static string Name(JourneyStage stage) => stage switch
    {
        JourneyStage.MedicalReview => "medical review",
        JourneyStage.PreTravel => "pre-travel",
        JourneyStage.InCare => "in care",
        JourneyStage.FollowUp => "follow-up",
        JourneyStage.LostToFollowUp => "lost to follow-up",
        _ => stage.ToString().ToLowerInvariant(),
    };
}
