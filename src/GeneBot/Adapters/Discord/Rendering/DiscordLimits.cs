using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord.Rendering;

/// <summary>Discord's message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;
    public const int AuthorName = 256;
    public const int EmbedTotal = 6000;

    /// <summary>The characters an embed counts towards <see cref="EmbedTotal"/> (untrimmed, so never less than Discord counts).</summary>
    public static int TotalOf(Embed embed) =>
        (embed.Title?.Length ?? 0)
        + (embed.Description?.Length ?? 0)
        + (embed.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length)
        + (embed.Footer?.Text.Length ?? 0)
        + (embed.Author?.Name.Length ?? 0);

    /// <summary>Every limit <paramref name="embed"/> breaks, empty when it is valid.</summary>
    public static IReadOnlyList<string> Violations(Embed embed)
    {
        var problems = new List<string>();
        Check(problems, "title", embed.Title?.Length ?? 0, EmbedTitle);
        Check(problems, "description", embed.Description?.Length ?? 0, EmbedDescription);
        Check(problems, "fields", embed.Fields?.Count ?? 0, EmbedFields);
        foreach (var field in embed.Fields ?? [])
        {
            Check(problems, "field name", field.Name.Length, FieldName);
            Check(problems, "field value", field.Value.Length, FieldValue);
            if (string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.Value))
                problems.Add("empty field");
        }
        Check(problems, "footer", embed.Footer?.Text.Length ?? 0, FooterText);
        Check(problems, "author", embed.Author?.Name.Length ?? 0, AuthorName);
        Check(problems, "total", TotalOf(embed), EmbedTotal);
        return problems;
    }

    private static void Check(List<string> problems, string what, int length, int limit)
    {
        if (length > limit)
            problems.Add($"{what} {length} > {limit}");
    }
}
