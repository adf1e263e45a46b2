using System.Text.Json;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Discord.Testing.Rest;

namespace GeneBot.Tests.Properties;

/// <summary>
/// The properties every request GeneBot sends must keep, read from the JSON FakeDiscord received: content within
/// 2,000 characters, at most 10 embeds each within every embed limit, <c>allowed_mentions.parse</c> stated and empty on
/// every message, and no request rejected as invalid (400).
/// </summary>
public static class SentMessageRules
{
    public static IReadOnlyList<string> Violations(IEnumerable<RecordedRequest> requests)
    {
        var problems = new List<string>();
        foreach (var request in requests)
        {
            var where = $"{request.Method} {request.Template}";
            if (request.Status == 400)
                problems.Add($"{where}: rejected with 400");
            if (request.Body.Length == 0)
                continue;
            var body = request.Json;
            if (request.Template.EndsWith("/callback", StringComparison.Ordinal))
            {
                if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                    continue;
                body = data;
            }
            if (body.ValueKind != JsonValueKind.Object || !IsMessage(body))
                continue;
            Check(problems, where, body);
        }
        return problems;
    }

    private static bool IsMessage(JsonElement body) => body.TryGetProperty("content", out _) || body.TryGetProperty("embeds", out _);

    private static void Check(List<string> problems, string where, JsonElement body)
    {
        var content = body.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
        if (content.Length > DiscordLimits.Content)
            problems.Add($"{where}: content {content.Length} > {DiscordLimits.Content}");
        if (!body.TryGetProperty("allowed_mentions", out var allowed) || !allowed.TryGetProperty("parse", out var parse)
            || parse.ValueKind != JsonValueKind.Array || parse.GetArrayLength() != 0)
            problems.Add($"{where}: allowed_mentions.parse is not stated as empty");
        if (!body.TryGetProperty("embeds", out var embeds) || embeds.ValueKind != JsonValueKind.Array)
            return;
        if (embeds.GetArrayLength() > 10)
            problems.Add($"{where}: {embeds.GetArrayLength()} embeds > 10");
        var total = 0;
        foreach (var embed in embeds.EnumerateArray())
            total += CheckEmbed(problems, where, embed);
        if (total > DiscordLimits.EmbedTotal)
            problems.Add($"{where}: embeds total {total} > {DiscordLimits.EmbedTotal}");
    }

    private static int CheckEmbed(List<string> problems, string where, JsonElement embed)
    {
        var total = 0;
        int Text(JsonElement parent, string name, int limit, string what)
        {
            var length = parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Length : 0;
            if (length > limit)
                problems.Add($"{where}: embed {what} {length} > {limit}");
            return length;
        }

        total += Text(embed, "title", DiscordLimits.EmbedTitle, "title");
        total += Text(embed, "description", DiscordLimits.EmbedDescription, "description");
        if (embed.TryGetProperty("footer", out var footer))
            total += Text(footer, "text", DiscordLimits.FooterText, "footer");
        if (embed.TryGetProperty("author", out var author))
            total += Text(author, "name", DiscordLimits.AuthorName, "author");
        if (embed.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array)
        {
            if (fields.GetArrayLength() > DiscordLimits.EmbedFields)
                problems.Add($"{where}: {fields.GetArrayLength()} fields > {DiscordLimits.EmbedFields}");
            foreach (var field in fields.EnumerateArray())
            {
                var name = Text(field, "name", DiscordLimits.FieldName, "field name");
                var value = Text(field, "value", DiscordLimits.FieldValue, "field value");
                if (name == 0 || value == 0)
                    problems.Add($"{where}: empty field");
                total += name + value;
            }
        }
        return total;
    }
}
