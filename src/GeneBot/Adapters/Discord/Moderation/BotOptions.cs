using System.ComponentModel.DataAnnotations;
using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord.Moderation;

/// <summary>
/// Who moderates and administers GeneBot on Discord, beyond the permissions (section "Bot"): role ids as
/// comma-separated snowflakes, and the channel where "Ask a moderator" notices go.
/// </summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>Roles whose members are moderators (besides MANAGE_MESSAGES).</summary>
    public string ModeratorRoleIds { get; set; } = "";

    /// <summary>Roles whose members are admins (besides ADMINISTRATOR and MANAGE_GUILD).</summary>
    public string AdminRoleIds { get; set; } = "";

    /// <summary>Where "Ask a moderator" posts its notice; empty turns the notice off (the member is told to ask directly).</summary>
    public string ModeratorChannelId { get; set; } = "";

    /// <summary>
    /// Answer a mention in a guild channel in a new thread started on the question, and treat every later message in
    /// that thread as a follow-up without a mention (those need the Message Content intent to carry their text).
    /// </summary>
    public bool ReplyInThreads { get; set; }

    public IReadOnlySet<Snowflake> ModeratorRoles => Parse(ModeratorRoleIds).ToHashSet();

    public IReadOnlySet<Snowflake> AdminRoles => Parse(AdminRoleIds).ToHashSet();

    public Snowflake? ModeratorChannel => Parse(ModeratorChannelId).Select(id => (Snowflake?)id).FirstOrDefault();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(ModeratorRoleIds), ModeratorRoleIds), (nameof(AdminRoleIds), AdminRoleIds), (nameof(ModeratorChannelId), ModeratorChannelId) })
        {
            var bad = Split(value).Where(part => !Snowflake.TryParse(part, out var id) || id.Value == 0).ToArray();
            if (bad.Length > 0)
                yield return new ValidationResult($"Bot:{name} must be a comma-separated list of Discord ids; '{string.Join("', '", bad)}' is not one.", [name]);
        }
        if (Split(ModeratorChannelId).Length > 1)
            yield return new ValidationResult("Bot:ModeratorChannelId takes one channel id.", [nameof(ModeratorChannelId)]);
    }

    private static IEnumerable<Snowflake> Parse(string value) =>
        Split(value).Select(part => Snowflake.TryParse(part, out var id) ? id : default).Where(id => id.Value != 0).Distinct();

    private static string[] Split(string? value) =>
        (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
