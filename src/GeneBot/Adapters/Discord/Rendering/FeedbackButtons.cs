using GeneBot.Chat;
using GeneBot.Discord.Models;
using GeneBot.Features.Feedback;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>
/// The buttons under a recorded answer: 👍 / 👎, "Explain simpler" and "More sources" for a cited answer, "Ask a
/// moderator" for an abstention. Their custom ids carry the answer's opaque id (<c>feedback:up:ID</c>), never its text.
/// </summary>
public static class FeedbackButtons
{
    public const string Prefix = "feedback:";
    public const string Up = "up";
    public const string Down = "down";
    public const string AskModerator = "ask-mod";
    public const string Simpler = "simpler";
    public const string More = "more";
    public const string Why = "why";
    public const string ReasonInput = "reason";

    // https://discord.com/developers/docs/components/reference#button-button-styles
    private const int Secondary = 2;

    public static IReadOnlyList<Component>? For(ChatReply reply)
    {
        if (reply.AnswerId is not { } id || reply.Answer is not { } answer)
            return null;
        return answer.Status switch
        {
            AnswerStatus.Answered => [Component.ActionRow(
                Component.Button(Id(Up, id), "👍", Secondary), Component.Button(Id(Down, id), "👎", Secondary),
                Component.Button(Id(Simpler, id), "Explain simpler", Secondary), Component.Button(Id(More, id), "More sources", Secondary))],
            AnswerStatus.Abstained => [Component.ActionRow(Component.Button(Id(AskModerator, id), "Ask a moderator", Secondary))],
            _ => null,
        };
    }

    public static string Id(string action, string answerId) => $"{Prefix}{action}:{answerId}";

    /// <summary>The action and answer id of a GeneBot feedback custom id, or null for anything else.</summary>
    public static (string Action, string AnswerId)? Parse(string? customId)
    {
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var parts = customId[Prefix.Length..].Split(':');
        return parts.Length == 2 && FeedbackFeature.IsAnswerId(parts[1]) ? (parts[0], parts[1]) : null;
    }
}
