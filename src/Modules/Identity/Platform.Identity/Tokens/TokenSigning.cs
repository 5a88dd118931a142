using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Tokens;

internal static class TokenSigning
{
    public const int MinimumKeyBytes = 32;

    public static SymmetricSecurityKey Key(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey)) { KeyId = "platform" };
}
