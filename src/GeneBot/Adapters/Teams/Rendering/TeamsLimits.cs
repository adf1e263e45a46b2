namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>
/// How big a reply GeneBot sends to Teams. Teams refuses messages over about 28 KB (text, card and envelope together;
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages), so a reply is kept
/// under <see cref="MessageBytes"/>, leaving room for the envelope.
/// </summary>
public static class TeamsLimits
{
    public const int MessageBytes = 24_000;

    /// <summary>The plain-text fallback's first cap (characters); halved while the reply is too big.</summary>
    public const int Text = 8_000;

    /// <summary>Each excerpt's first cap in the card (characters); halved while the reply is too big.</summary>
    public const int Excerpt = 2_000;

    /// <summary>Neither cap goes below this: a reply still too big then loses its trailing citations.</summary>
    public const int MinRoom = 200;
}
