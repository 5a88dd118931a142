using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Platform.Patients.Contracts;

namespace Platform.Patients.Features.SearchPatients;

/// <summary>
/// Where a page ended, in the order it was read: the sort value and the id of its last patient.
/// Opaque to clients (base64url); paging by it stays correct while patients are added.
/// </summary>
internal sealed record PatientCursor(PatientOrder Order, string FamilySortKey, DateTimeOffset RegisteredAt, Guid Id)
{
    private const char Separator = '\n';

    public string Encode()
    {
        var position = Order == PatientOrder.FamilyName
            ? FamilySortKey
            : RegisteredAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Order}{Separator}{position}{Separator}{Id:N}"));
    }

    public static PatientCursor? TryDecode(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Base64Url.IsValid(text))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(Separator);
        if (parts.Length != 3 || !Enum.TryParse<PatientOrder>(parts[0], out var order) || !Enum.IsDefined(order) || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return null;
        }

        if (order == PatientOrder.FamilyName)
        {
            return new PatientCursor(order, parts[1], default, id);
        }

        return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new PatientCursor(order, "", new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : null;
    }
}
