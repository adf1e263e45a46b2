using System.Text.Json.Nodes;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;
using static GeneBot.Adapters.Teams.Rendering.AdaptiveCard;

namespace GeneBot.Adapters.Teams.Rendering;

/// <summary>An FAQ entry as an Adaptive Card: its title, its answer, a "Read more" link and the disclaimer.</summary>
public static class FaqCard
{
    public static JsonObject Render(FaqEntry entry, string fallbackText, int bodyRoom)
    {
        var body = new List<JsonObject> { TextBlock(entry.Title.Trim(), Bold, Medium), TextBlock(Discord.Rendering.TextFit.Fit(entry.Body.Trim(), bodyRoom)) };
        if (!string.IsNullOrWhiteSpace(entry.Link))
            body.Add(TextBlock($"Read more: {entry.Link.Trim()}", Small));
        body.Add(TextBlock(ReplyText.Disclaimer, Small, Subtle, Separator));
        return Card(body, fallbackText);
    }
}
