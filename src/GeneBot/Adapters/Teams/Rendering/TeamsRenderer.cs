using System.Text.Json;
using System.Text.Json.Nodes;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Chat;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="ChatReply"/> for Teams: a cited answer (with its <see cref="AnswerActions"/>)
/// or an FAQ entry as an Adaptive Card plus the reply's text as a fallback; an abstention offering "Ask a moderator" as a
/// card of its text and that button; any other abstention, a crisis reply or other text as text alone. Within
/// <see cref="TeamsLimits.MessageBytes"/> (buttons included): excerpts and text are shortened first, then trailing
/// citations dropped.
/// </summary>
public static class TeamsRenderer
{
    /// <summary>
    /// The reply, with <paramref name="leads"/> (fixed GeneBot texts: a first-use note, a privacy notice; nulls skipped)
    /// above it, each as its own TextBlock in the card and its own paragraph in the text. A safety reply (urgent, crisis)
    /// keeps its safety words first and the leads follow them; the leads are never shortened.
    /// </summary>
    public static TeamsMessage Render(ChatReply reply, params string?[] leads) => Render(reply, askModerator: false, leads);

    /// <summary>As <see cref="Render(ChatReply, string?[])"/>; with <paramref name="askModerator"/>, a recorded abstention offers "Ask a moderator".</summary>
    public static TeamsMessage Render(ChatReply reply, bool askModerator, params string?[] leads)
    {
        string[] shown = [.. leads.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim())];
        var textRoom = TeamsLimits.Text;
        var room = TeamsLimits.Excerpt;
        var citations = reply.Answer?.Citations.Count ?? 0;
        while (true)
        {
            var message = Render(reply, shown, askModerator, textRoom, room, citations);
            if (Bytes(message) <= TeamsLimits.MessageBytes)
                return message;
            if (room > TeamsLimits.MinRoom || textRoom > TeamsLimits.MinRoom)
            {
                (textRoom, room) = (Math.Max(TeamsLimits.MinRoom, textRoom / 2), Math.Max(TeamsLimits.MinRoom, room / 2));
                continue;
            }
            if (citations <= 1)
                return new TeamsMessage(WithLeads(Fit(reply.Text, TeamsLimits.MinRoom), shown, AnswerLead.SafetyWords(reply)), null);
            citations--;
        }
    }

    private static TeamsMessage Render(ChatReply reply, string[] leads, bool askModerator, int textRoom, int room, int citations)
    {
        var safety = AnswerLead.SafetyWords(reply);
        var text = WithLeads(Fit(reply.Text, textRoom), leads, safety);
        if (reply.Answer is { Status: AnswerStatus.Answered or AnswerStatus.Safety, Citations.Count: > 0 } answer)
        {
            // The card's own first block is the safety or care-team lead, when there is one.
            var card = AnswerCard.Render(answer, AnswerLead.Of(answer), text, room, citations);
            if (AnswerActions.For(reply) is { } actions)
                card["actions"] = actions;
            return new TeamsMessage(text, WithLeads(card, leads, at: safety is null ? 0 : 1));
        }
        if (reply.Answer is { Status: AnswerStatus.Abstained } && AnswerActions.For(reply, askModerator) is { } askActions)
        {
            var card = AdaptiveCard.Card([AdaptiveCard.TextBlock(Fit(reply.Text, textRoom))], text);
            card["actions"] = askActions;
            return new TeamsMessage(text, WithLeads(card, leads, at: 0));
        }
        if (reply.Faq is { } faq)
            return new TeamsMessage(text, WithLeads(FaqCard.Render(faq, text, textRoom), leads, at: 0));
        return new TeamsMessage(text, null);
    }

    /// <summary>The leads as paragraphs above <paramref name="text"/>, or right after its safety words when it starts with them.</summary>
    private static string WithLeads(string text, string[] leads, string? safety)
    {
        if (leads.Length == 0)
            return text;
        var lines = string.Join("\n\n", leads);
        if (safety is null)
            return $"{lines}\n\n{text}";
        if (!text.StartsWith(safety, StringComparison.Ordinal))
            return $"{text}\n\n{lines}";
        var rest = text[safety.Length..].Trim();
        return rest.Length == 0 ? $"{safety}\n\n{lines}" : $"{safety}\n\n{lines}\n\n{rest}";
    }

    /// <summary>The card with the leads as TextBlocks at <paramref name="at"/> in its body.</summary>
    private static JsonObject WithLeads(JsonObject card, string[] leads, int at)
    {
        var body = card["body"]!.AsArray();
        for (var i = 0; i < leads.Length; i++)
            body.Insert(at + i, AdaptiveCard.TextBlock(leads[i]));
        return card;
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
