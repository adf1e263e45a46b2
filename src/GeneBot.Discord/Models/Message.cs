namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/resources/message#message-object
public sealed record Message(Snowflake Id, Snowflake ChannelId, User Author)
{
    public Snowflake? GuildId { get; init; }
    public GuildMember? Member { get; init; }
    public string Content { get; init; } = "";
    public IReadOnlyList<User> Mentions { get; init; } = [];
    public IReadOnlyList<Snowflake> MentionRoles { get; init; } = [];
    public bool MentionEveryone { get; init; }
    public int Type { get; init; }
    public MessageReference? MessageReference { get; init; }
    public int? ChannelType { get; init; }
    public Snowflake? WebhookId { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public int? Flags { get; init; }
}
