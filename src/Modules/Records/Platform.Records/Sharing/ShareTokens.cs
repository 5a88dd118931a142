using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Records.Sharing;

/// <summary>Share tokens: 256 random bits, base64url; only their SHA-256 is stored, so the database cannot open a share.</summary>
internal static class ShareTokens
{
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
