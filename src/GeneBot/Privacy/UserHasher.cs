using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace GeneBot.Privacy;

/// <summary>
/// A member's id as it may appear in logs above Debug and in stores: a keyed hash (HMAC-SHA256 with
/// <see cref="PrivacyOptions.UserIdSalt"/>), shortened to 16 hex digits. The same id gives the same hash within a
/// salt, so lines can be linked without naming anyone.
/// </summary>
public sealed class UserHasher(IOptions<PrivacyOptions> options)
{
    private readonly byte[] key = options.Value.UserIdSalt is { Length: > 0 } salt
        ? Encoding.UTF8.GetBytes(salt)
        : RandomNumberGenerator.GetBytes(32);

    public string Hash(string userId)
    {
        Span<byte> digest = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(userId), digest);
        return "u-" + Convert.ToHexStringLower(digest[..8]);
    }
}
