using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Audit.Trail;

/// <summary>
/// SHA-256 over the previous entry's hash and every field of an entry. Each field is written with
/// its length first, so no two different entries can serialize to the same bytes.
/// </summary>
internal static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry entry)
    {
        var text = new StringBuilder();
        Append(text, entry.PreviousHash);
        Append(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, entry.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(text, entry.UserId);
        Append(text, entry.UserName);
        Append(text, entry.Roles);
        Append(text, entry.Action);
        Append(text, entry.Request);
        Append(text, entry.ResourceType);
        Append(text, entry.ResourceId);
        Append(text, entry.Outcome);
        Append(text, entry.Detail);
        Append(text, entry.Source);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-1:");
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
