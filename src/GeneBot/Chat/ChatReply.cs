using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Chat;

/// <summary>What GeneBot says back, for an adapter to render: an answer, an FAQ entry, or plain text.</summary>
public sealed record ChatReply(string Text, Answer? Answer = null, FaqEntry? Faq = null, bool Ephemeral = false)
{
    public static ChatReply Plain(string text, bool ephemeral = false) => new(text, Ephemeral: ephemeral);
}
