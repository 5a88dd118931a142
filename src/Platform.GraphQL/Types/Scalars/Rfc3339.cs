using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.GraphQL.Types;

/// <summary>
/// RFC 3339 <c>date-time</c> and <c>full-date</c>, strictly: the framework's parsers also accept
/// forms the RFC does not (no offset, a space for the <c>T</c>, one-digit fields).
/// </summary>
internal static partial class Rfc3339
{
    public static bool TryParseDateTime(string text, out DateTimeOffset result)
    {
        result = default;
        var match = DateTimePattern().Match(text);
        if (!match.Success || !TryParseDate(match.Groups["date"].Value, out var date))
        {
            return false;
        }

        int hour = Number(match, "hour"), minute = Number(match, "minute"), second = Number(match, "second");
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        // Up to nine fractional digits are allowed; .NET keeps seven (100 ns), so the rest is dropped.
        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);

        var offset = TimeSpan.Zero;
        if (match.Groups["offsetHour"].Success)
        {
            int offsetHour = Number(match, "offsetHour"), offsetMinute = Number(match, "offsetMinute");
            if (offsetHour > 23 || offsetMinute > 59)
            {
                return false;
            }

            offset = new TimeSpan(offsetHour, offsetMinute, 0);
            offset = match.Groups["sign"].Value == "-" ? -offset : offset;
        }

        if (offset.Duration() > TimeSpan.FromHours(14))
        {
            return false;
        }

        var local = date.ToDateTime(new TimeOnly(hour, minute, second)).AddTicks(ticks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        result = new DateTimeOffset(local, offset);
        return true;
    }

    public static bool TryParseDate(string text, out DateOnly result)
    {
        result = default;
        return DatePattern().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out result);
    }

    /// <summary>Seconds always, fractional seconds only when there are any, <c>Z</c> for a zero offset.</summary>
    public static string FormatDateTime(DateTimeOffset instant)
    {
        var text = instant.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = instant.Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0)
        {
            text += "." + fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
        }

        return instant.Offset == TimeSpan.Zero
            ? text + "Z"
            : text + instant.ToString("zzz", CultureInfo.InvariantCulture);
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[Tt](?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\.(?<fraction>\d{1,9}))?(?:[Zz]|(?<sign>[+-])(?<offsetHour>\d{2}):(?<offsetMinute>\d{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
