using System.Text.Json;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Chat;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="ChatReply"/> for Teams: a cited answer or an FAQ entry as an Adaptive Card
/// plus the reply's text as a fallback; an abstention, a crisis reply or other text as text alone. Within
/// <see cref="TeamsLimits.MessageBytes"/>: excerpts and text are shortened first, then trailing citations dropped.
/// </summary>
public static class TeamsRenderer
{
    public static TeamsMessage Render(ChatReply reply)
    {
        var textRoom = TeamsLimits.Text;
        var room = TeamsLimits.Excerpt;
        var citations = reply.Answer?.Citations.Count ?? 0;
        while (true)
        {
            var message = Render(reply, textRoom, room, citations);
            if (Bytes(message) <= TeamsLimits.MessageBytes)
                return message;
            if (room > TeamsLimits.MinRoom || textRoom > TeamsLimits.MinRoom)
            {
                (textRoom, room) = (Math.Max(TeamsLimits.MinRoom, textRoom / 2), Math.Max(TeamsLimits.MinRoom, room / 2));
                continue;
            }
            if (citations <= 1)
                return new TeamsMessage(Fit(reply.Text, TeamsLimits.MinRoom), null);
            citations--;
        }
    }

    private static TeamsMessage Render(ChatReply reply, int textRoom, int room, int citations)
    {
        var text = Fit(reply.Text, textRoom);
        if (reply.Answer is { Status: AnswerStatus.Answered or AnswerStatus.Safety, Citations.Count: > 0 } answer)
            return new TeamsMessage(text, AnswerCard.Render(answer, AnswerLead.Of(answer), text, room, citations));
        if (reply.Faq is { } faq)
            return new TeamsMessage(text, FaqCard.Render(faq, text, textRoom));
        return new TeamsMessage(text, null);
    }

    private static string Fit(string text, int room)
    {
        var trimmed = text.Trim();
        return TextFit.Fit(trimmed.Length == 0 ? ChatErrors.SomethingWentWrong.Text : trimmed, room);
    }

    /// <summary>The reply's size as sent (JSON-escaped UTF-8), without the envelope.</summary>
    public static int Bytes(TeamsMessage message) =>
        JsonSerializer.SerializeToUtf8Bytes(message.ToReply(new Activity()), TeamsJsonContext.Default.Activity).Length;
}
