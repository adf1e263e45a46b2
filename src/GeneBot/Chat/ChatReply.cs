using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;

namespace GeneBot.Chat;

/// <summary>
/// What GeneBot says back, for an adapter to render: an answer, an FAQ entry, or plain text. <see cref="AnswerId"/>
/// (set on recorded answers) lets the adapter offer feedback or "Ask a moderator"; <see cref="ReplyTo"/> asks it to post
/// the reply publicly as a reply to that message.
/// </summary>
public sealed record ChatReply(string Text, Answer? Answer = null, FaqEntry? Faq = null, bool Ephemeral = false)
{
    public string? AnswerId { get; init; }

    public string? ReplyTo { get; init; }

    public static ChatReply Plain(string text, bool ephemeral = false) => new(text, Ephemeral: ephemeral);
}
