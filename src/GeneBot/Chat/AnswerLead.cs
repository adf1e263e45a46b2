using GeneBot.Knowledge.Answers;

namespace GeneBot.Chat;

/// <summary>What an answer's text says beyond the standard rendering of its citations and disclaimer, for adapters that show those structured (an embed, a card).</summary>
public static class AnswerLead
{
    /// <summary>
    /// A safety reply's urgent or crisis words, which every adapter keeps first (before a first-use note or a privacy
    /// notice: "contact your care team or emergency services" comes before anything else); null for any other reply.
    /// </summary>
    public static string? SafetyWords(ChatReply reply) =>
        reply.Answer is { Status: AnswerStatus.Safety } answer && Of(answer) is { Length: > 0 } lead ? lead : null;

    /// <summary>The triage's safety message or care-team note, wherever the chat layer put it; empty when nothing.</summary>
    public static string Of(Answer answer)
    {
        var lines = answer.Text.Split('\n');
        var standard = AnswerRenderer.Render(answer.Citations).Split('\n');
        var prefix = 0;
        while (prefix < lines.Length && prefix < standard.Length && lines[prefix] == standard[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < lines.Length - prefix && suffix < standard.Length - prefix && lines[^(suffix + 1)] == standard[^(suffix + 1)])
            suffix++;
        return string.Join('\n', lines[prefix..^suffix]).Trim();
    }
}
