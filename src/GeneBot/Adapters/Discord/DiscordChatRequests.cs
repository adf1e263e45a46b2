using System.Text.RegularExpressions;
using GeneBot.Chat;
using GeneBot.Discord.Models;

namespace GeneBot.Adapters.Discord;

/// <summary>Discord events as platform-neutral chat requests: the words of the question, who asked, where, and whether in private.</summary>
public static partial class DiscordChatRequests
{
    /// <summary>User, nickname (<c>&lt;@!id&gt;</c>), role and channel mentions: addressing, not part of the question.</summary>
    [GeneratedRegex(@"<(@!?|@&|#)\d+>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionToken();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    public static ChatRequest FromMessage(Message message) => new(
        StripMentions(message.Content ?? ""),
        message.Author.Id.ToString(),
        message.ChannelId.ToString(),
        IsPrivate: message.GuildId is null);

    public static ChatRequest FromCommand(Interaction interaction, SlashCommand command)
    {
        var option = command.Option is { } o
            ? (interaction.CommandData?.Options ?? []).FirstOrDefault(x => x.Name == o.Name)?.StringValue
            : null;
        return new ChatRequest(
            command.ChatText(option),
            interaction.Invoker?.Id.ToString() ?? "unknown",
            (interaction.ChannelId ?? interaction.Id).ToString(),
            IsPrivate: interaction.GuildId is null);
    }

    /// <summary>The message without mention tokens (both <c>&lt;@id&gt;</c> and <c>&lt;@!id&gt;</c>) and with whitespace collapsed.</summary>
    public static string StripMentions(string content) =>
        Whitespace().Replace(MentionToken().Replace(content, " "), " ").Trim();
}
