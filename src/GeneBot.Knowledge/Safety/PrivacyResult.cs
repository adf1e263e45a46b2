namespace GeneBot.Knowledge.Safety;

/// <summary>Whether a message carries personal health details, and which kinds were found ("age", "email"): for review
/// and logs, never the details themselves.</summary>
public sealed record PrivacyResult(bool HasPersonalDetails, IReadOnlyList<string> Kinds)
{
    public static PrivacyResult None { get; } = new(false, []);
}
