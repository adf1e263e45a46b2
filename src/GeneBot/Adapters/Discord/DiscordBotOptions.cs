using System.ComponentModel.DataAnnotations;
using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>
/// GeneBot's own Discord settings, bound from the same "Discord" section as the client's <c>DiscordOptions</c> and
/// validated on start. Id lists are comma-separated snowflakes (<c>Discord__GuildIds=123,456</c>).
/// </summary>
public sealed class DiscordBotOptions : IValidatableObject
{
    public const string SectionName = "Discord";

    /// <summary>Guilds whose slash commands are registered (instantly); empty registers them globally.</summary>
    public string GuildIds { get; set; } = "";

    /// <summary>Channels where mentions and slash commands are answered; empty allows every channel. DMs are always answered.</summary>
    public string AllowedChannelIds { get; set; } = "";

    /// <summary>How long, from local receipt, an interaction may wait for its answer before it is deferred. Discord's deadline is 3 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.500")]
    public TimeSpan InteractionAnswerBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many answered message and interaction ids are remembered, so a resumed session's replays get no second answer.</summary>
    [Range(100, 1_000_000)]
    public int ReplayMemory { get; set; } = 10_000;

    /// <summary>How long an answered id is remembered.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(15);

    public IReadOnlyList<Snowflake> Guilds => Parse(GuildIds).ToArray();

    public IReadOnlySet<Snowflake> AllowedChannels => Parse(AllowedChannelIds).ToHashSet();

    /// <summary>Whether GeneBot answers in <paramref name="channelId"/> of a guild (DMs are always allowed).</summary>
    public bool AllowsChannel(Snowflake? channelId) =>
        string.IsNullOrWhiteSpace(AllowedChannelIds) || channelId is { } id && AllowedChannels.Contains(id);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(GuildIds), GuildIds), (nameof(AllowedChannelIds), AllowedChannelIds) })
        {
            var bad = Split(value).Where(part => !Snowflake.TryParse(part, out var id) || id.Value == 0).ToArray();
            if (bad.Length > 0)
                yield return new ValidationResult($"{name} must be a comma-separated list of Discord ids; '{string.Join("', '", bad)}' is not one.", [name]);
        }
    }

    private static IEnumerable<Snowflake> Parse(string value) =>
        Split(value).Select(part => Snowflake.TryParse(part, out var id) ? id : default).Where(id => id.Value != 0).Distinct();

    private static string[] Split(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
