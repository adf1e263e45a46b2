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

    /// <summary>
    /// A slash command as a chat request: <c>{ChatCommand} {option}</c>, or <c>{ChatCommand} {subcommand}</c> for a
    /// subcommand, with every option's value in <see cref="ChatRequest.Options"/>.
    /// </summary>
    public static ChatRequest FromCommand(Interaction interaction, SlashCommand command)
    {
        var top = interaction.CommandData?.Options ?? [];
        var subcommand = top.FirstOrDefault(x => x.Type == SlashSubcommand.SubcommandType);
        var values = (subcommand?.Options ?? (subcommand is null ? top : []))
            .Where(x => x.Value is not null)
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().StringValue ?? "", StringComparer.Ordinal);
        var text = subcommand is not null
            ? $"{command.ChatCommand} {subcommand.Name}"
            : command.ChatText(command.Option is { } o && values.TryGetValue(o.Name, out var value) ? value : null);
        return new ChatRequest(
            text,
            interaction.Invoker?.Id.ToString() ?? "unknown",
            (interaction.ChannelId ?? interaction.Id).ToString(),
            IsPrivate: interaction.GuildId is null) { Options = values };
    }

    /// <summary>The message without mention tokens (both <c>&lt;@id&gt;</c> and <c>&lt;@!id&gt;</c>) and with whitespace collapsed.</summary>
    public static string StripMentions(string content) =>
        Whitespace().Replace(MentionToken().Replace(content, " "), " ").Trim();
}
