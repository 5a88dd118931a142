using System.Globalization;
using Platform.Journeys.Contracts;

namespace Platform.Journeys.Monitoring;

/// <summary>
/// What each monitored measure is: the unit its thresholds and stored values are in, the units a
/// reading may also come in (converted on the way in), and the range a living patient's value can
/// physically take. A value outside that range is a typing or device error, refused rather than
/// raised as an alarm.
/// </summary>
internal static class MeasureCatalog
{
    private static readonly Dictionary<MonitoredMeasure, MeasureInfo> _measures = new()
    {
        [MonitoredMeasure.BloodPressureSystolic] = new("systolic blood pressure", "mmHg", 40, 300),
        [MonitoredMeasure.BloodPressureDiastolic] = new("diastolic blood pressure", "mmHg", 20, 200),
        [MonitoredMeasure.HeartRate] = new("heart rate", "bpm", 20, 300),
        [MonitoredMeasure.Weight] = new("weight", "kg", 1, 400, new() { ["lb"] = v => v * 0.45359237 }),
        [MonitoredMeasure.Glucose] = new("blood glucose", "mmol/L", 0.5, 60, new() { ["mg/dL"] = v => v / 18.016 }),
        [MonitoredMeasure.OxygenSaturation] = new("oxygen saturation (SpO2)", "%", 50, 100),
        [MonitoredMeasure.Temperature] = new("body temperature", "°C", 25, 45, new() { ["°F"] = v => (v - 32) * 5 / 9, ["C"] = v => v, ["F"] = v => (v - 32) * 5 / 9 }),
        [MonitoredMeasure.RespiratoryRate] = new("respiratory rate", "breaths/min", 3, 80),
    };

    public static MeasureInfo Of(MonitoredMeasure measure) => _measures[measure];

    /// <summary>The value in the measure's unit, or null when the unit is not one the measure takes.</summary>
    public static double? ToMeasureUnit(MonitoredMeasure measure, double value, string unit)
    {
        var info = _measures[measure];
        if (string.Equals(unit, info.Unit, StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        return info.Alternatives.FirstOrDefault(a => string.Equals(a.Key, unit, StringComparison.OrdinalIgnoreCase)).Value is { } convert
            ? Math.Round(convert(value), 2)
            : null;
    }

    public static string Show(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>One measure: its name in words, its unit, the plausible range in that unit, and other units it is converted from.</summary>
internal sealed record MeasureInfo(string Name, string Unit, double Min, double Max, Dictionary<string, Func<double, double>>? Converters = null)
{
    public IReadOnlyDictionary<string, Func<double, double>> Alternatives { get; } = Converters ?? [];

    public IEnumerable<string> Units => [Unit, .. Alternatives.Keys];
}
