using System.Security.Cryptography;
using System.Text;

namespace GeneBot.Storage;

/// <summary>
/// Turns a platform user id into a salted SHA-256 hash: the only form in which the store keeps who did something. The
/// salt persists (Storage:UserIdSalt, or one generated once and kept in the meta table), so votes and audit records
/// stay linkable across restarts; logs use Privacy.UserHasher instead.
/// </summary>
public sealed class UserIdHasher(string salt)
{
    public string Hash(string userId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + "\n" + userId)))[..32];

    /// <summary>The configured salt, or the one kept in the database's meta table (generated on first use).</summary>
    public static UserIdHasher For(GeneBotDb db, string? configuredSalt)
    {
        if (!string.IsNullOrEmpty(configuredSalt))
            return new UserIdHasher(configuredSalt);
        // Insert-if-absent, then read: of several processes starting together on one store, all keep the first salt.
        var salt = db.Write((c, t) =>
        {
            GeneBotDb.Execute(c, t, "INSERT INTO meta(key, value) VALUES('user_salt', @v) ON CONFLICT DO NOTHING",
                ("@v", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))));
            return (string)GeneBotDb.Scalar(c, t, "SELECT value FROM meta WHERE key = 'user_salt'")!;
        });
        return new UserIdHasher(salt);
    }
}
