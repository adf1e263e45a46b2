namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/message#message-reference-structure
public sealed record MessageReference
{
    public int? Type { get; init; }
    public Snowflake? MessageId { get; init; }
    public Snowflake? ChannelId { get; init; }
    public Snowflake? GuildId { get; init; }
    public bool? FailIfNotExists { get; init; }

    public static MessageReference ReplyTo(Snowflake messageId) => new() { MessageId = messageId, FailIfNotExists = false };
}
