using Platform.Journeys.Contracts;
using Platform.Journeys.Monitoring;
using Platform.Journeys.Persistence;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Validation;

/// <summary>The rules of follow-up plans and monitoring thresholds, shared by the pathway and the journey requests.</summary>
internal static class FollowUpRules
{
    public const int MaxFollowUps = 30;
    public const int OutcomeLength = JourneyModel.Text;

    /// <summary>The longest an offset after discharge may be: two years, in each unit.</summary>
    public static int MaxOffset(FollowUpOffsetUnit unit) => unit switch
    {
        FollowUpOffsetUnit.Weeks => 104,
        FollowUpOffsetUnit.Months => 24,
        _ => 730,
    };

    public static void FollowUps(ValidationErrors errors, string field, IReadOnlyList<PathwayFollowUpInput>? followUps)
    {
        if (followUps is null)
        {
            return;
        }

        if (followUps.Count > MaxFollowUps)
        {
            errors.Add(field, followUps.Count, "Count", $"must hold at most {MaxFollowUps} follow-ups");
            return;
        }

        for (var i = 0; i < followUps.Count; i++)
        {
            var item = followUps[i];
            var at = $"{field}[{i}]";
            errors.Defined($"{at}.kind", (FollowUpKind?)item.Kind);
            errors.Text($"{at}.title", item.Title, JourneyModel.Title);
            errors.TaskRole($"{at}.ownerRole", item.OwnerRole);
            errors.OptionalText($"{at}.instructions", item.Instructions, JourneyModel.Text);
            if (errors.Defined($"{at}.offsetUnit", (FollowUpOffsetUnit?)item.OffsetUnit) && (item.OffsetAmount < 1 || item.OffsetAmount > MaxOffset(item.OffsetUnit)))
            {
                errors.Add($"{at}.offsetAmount", item.OffsetAmount, "InRange", $"must be a positive offset after discharge, 1 to {MaxOffset(item.OffsetUnit)} {item.OffsetUnit.ToString().ToLowerInvariant()}");
            }
        }
    }

    public static void Thresholds(ValidationErrors errors, string field, IReadOnlyList<MeasureThresholdInput>? thresholds)
    {
        if (thresholds is null)
        {
            return;
        }

        for (var i = 0; i < thresholds.Count; i++)
        {
            Threshold(errors, $"{field}[{i}]", thresholds[i].Measure, thresholds[i].Low, thresholds[i].High);
            if (thresholds.Take(i).Any(t => t.Measure == thresholds[i].Measure))
            {
                errors.Add($"{field}[{i}].measure", thresholds[i].Measure, "Unique", "is listed twice: give each measure once");
            }
        }
    }

    /// <summary>A measure the catalog knows, with at least one threshold, each within what the body can show, low below high.</summary>
    public static bool Threshold(ValidationErrors errors, string prefix, MonitoredMeasure measure, double? low, double? high)
    {
        var field = prefix.Length == 0 ? "" : prefix + ".";
        if (!errors.Defined($"{field}measure", (MonitoredMeasure?)measure))
        {
            return false;
        }

        var info = MeasureCatalog.Of(measure);
        var valid = true;
        if (low is null && high is null)
        {
            errors.Add($"{field}low", null, "Required", $"or high is required: a {info.Name} monitored without thresholds never alerts");
            return false;
        }

        foreach (var (name, value) in new[] { ("low", low), ("high", high) })
        {
            if (value is { } v && (double.IsNaN(v) || v < info.Min || v > info.Max))
            {
                errors.Add($"{field}{name}", v, "InRange", $"must be a {info.Name} between {MeasureCatalog.Show(info.Min)} and {MeasureCatalog.Show(info.Max)} {info.Unit}");
                valid = false;
            }
        }

        if (valid && low >= high)
        {
            errors.Add($"{field}high", high, "GreaterThanLow", $"must be above low ({MeasureCatalog.Show(low!.Value)} {info.Unit})");
            valid = false;
        }

        return valid;
    }
}
