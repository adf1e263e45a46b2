using System.Globalization;
using GeneBot.Privacy;

namespace GeneBot.Storage;

/// <summary>The one-time note's registry in the store: a salted hash per member, so the note stays one-time across restarts.</summary>
public sealed class FirstUseRegistry(GeneBotDb db, UserIdHasher users, TimeProvider time) : IFirstUseRegistry
{
    public ValueTask<bool> TryMarkFirstUseAsync(string userKey, CancellationToken cancellationToken = default)
    {
        var hash = users.Hash(userKey);
        var at = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var inserted = db.Write((c, t) =>
            GeneBotDb.Execute(c, t, "INSERT INTO first_use(user_hash, at) VALUES(@h, @at) ON CONFLICT DO NOTHING", ("@h", hash), ("@at", at)));
        return ValueTask.FromResult(inserted == 1);
    }
}
