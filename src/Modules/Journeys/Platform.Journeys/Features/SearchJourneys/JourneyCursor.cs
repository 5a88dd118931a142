using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Platform.Journeys.Contracts;

namespace Platform.Journeys.Features.SearchJourneys;

/// <summary>Where a page ended: the order, the sort instant and the id of its last journey. Opaque to clients (base64url).</summary>
internal sealed record JourneyCursor(JourneyOrder Order, DateTimeOffset At, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{Order}\n{At.UtcTicks}\n{Id:N}")));

    public static JourneyCursor? TryDecode(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Base64Url.IsValid(text))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('\n');
        return parts.Length == 3
            && Enum.TryParse<JourneyOrder>(parts[0], out var order) && Enum.IsDefined(order)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParseExact(parts[2], "N", out var id)
                ? new JourneyCursor(order, new DateTimeOffset(ticks, TimeSpan.Zero), id)
                : null;
    }
}
