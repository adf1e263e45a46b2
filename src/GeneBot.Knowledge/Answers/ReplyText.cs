namespace GeneBot.Knowledge.Answers;

/// <summary>The fixed sentences of GeneBot's replies, kept in one place so every platform says the same.</summary>
public static class ReplyText
{
    public const string Disclaimer = "GeneBot shares general information from its library, not medical advice. Talk to your care team about your own situation.";

    public const string Abstention =
        "I couldn't find anything about that in GeneBot's library, so I won't guess. " +
        "Try asking again with different words, look through the FAQ (/faq list), or ask a moderator.";

    public const string EmptyQuestion =
        "I didn't catch a question there. Ask me in a few words, for example \"what is CAR-T?\" or \"are oncolytic viruses safe?\".";

    public const string Lead = "Here is what GeneBot's library says:";
}
