using GeneBot.Discord.Models;

namespace GeneBot.Discord.Rest;

/// <summary>The REST calls GeneBot makes. Every message sent mentions nobody unless the request says otherwise.</summary>
public interface IDiscordRestClient
{
    Task<GatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken = default);

    /// <summary>Posts a message; a nonce with enforce_nonce is added so that a retry never posts twice.</summary>
    Task<Message> CreateMessageAsync(Snowflake channelId, MessageCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Acknowledges an interaction. Throws <see cref="InteractionAcknowledgementException"/> on 10062/40060 (never retried).</summary>
    Task CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default);

    Task<Message> EditOriginalInteractionResponseAsync(Snowflake applicationId, string interactionToken, MessageEditRequest request, CancellationToken cancellationToken = default);

    Task<Message> CreateFollowupMessageAsync(Snowflake applicationId, string interactionToken, MessageEditRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces every command (global when guildId is null).</summary>
    Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(Snowflake applicationId, Snowflake? guildId, CancellationToken cancellationToken = default);

    /// <summary>Opens (or returns the existing) DM channel with a user, for posting to them privately.</summary>
    Task<Channel> CreateDmAsync(Snowflake recipientId, CancellationToken cancellationToken = default);

    Task<Channel> StartThreadFromMessageAsync(Snowflake channelId, Snowflake messageId, StartThreadRequest request, CancellationToken cancellationToken = default);
}
