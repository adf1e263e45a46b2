namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>
/// A second line of defence behind <c>allowed_mentions {"parse": []}</c>: mass mentions in text GeneBot posts are
/// broken with a zero-width space, so even a copy-pasted reply pings no one.
/// </summary>
public static class MentionSafety
{
    private const string ZeroWidthSpace = "\u200B";

    public static string Defang(string text) => text
        .Replace("@everyone", "@" + ZeroWidthSpace + "everyone", StringComparison.OrdinalIgnoreCase)
        .Replace("@here", "@" + ZeroWidthSpace + "here", StringComparison.OrdinalIgnoreCase);
}
