namespace GeneBot.Chat;

/// <summary>
/// What a member may do, decided by the platform adapter on every request (Discord: member.permissions and roles).
/// Each role includes the ones before it.
/// </summary>
public enum ChatRole
{
    Member = 0,

    /// <summary>Keeps and posts FAQ entries.</summary>
    Moderator = 1,

    /// <summary>Changes the corpus, reindexes and reads the stats.</summary>
    Admin = 2,
}
