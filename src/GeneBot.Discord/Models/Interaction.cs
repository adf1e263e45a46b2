using System.Text.Json;

namespace GeneBot.Discord.Models;

// https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
public sealed record Interaction(Snowflake Id, Snowflake ApplicationId, int Type, string Token)
{
    public const int PingType = 1;
    public const int ApplicationCommandType = 2;
    public const int MessageComponentType = 3;
    public const int AutocompleteType = 4;
    public const int ModalSubmitType = 5;

    /// <summary>Raw data; its shape depends on <see cref="Type"/>: use the typed accessors.</summary>
    public JsonElement? Data { get; init; }
    public Snowflake? GuildId { get; init; }
    public Snowflake? ChannelId { get; init; }
    public GuildMember? Member { get; init; }
    public User? User { get; init; }
    public Message? Message { get; init; }
    public string? Locale { get; init; }
    public int? Context { get; init; }

    /// <summary>The invoking user: member.user in guilds, user in DMs.</summary>
    public User? Invoker => Member?.User ?? User;

    public ApplicationCommandData? CommandData =>
        Type is ApplicationCommandType or AutocompleteType ? Read(DiscordJsonContext.Default.ApplicationCommandData) : null;

    public MessageComponentData? ComponentData =>
        Type is MessageComponentType ? Read(DiscordJsonContext.Default.MessageComponentData) : null;

    public ModalSubmitData? ModalData => Type is ModalSubmitType ? Read(DiscordJsonContext.Default.ModalSubmitData) : null;

    private T? Read<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) where T : class =>
        Data is { ValueKind: JsonValueKind.Object } data ? data.Deserialize(info) : null;
}
