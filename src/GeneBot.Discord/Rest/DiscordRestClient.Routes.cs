using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization.Metadata;
using GeneBot.Discord.Models;

namespace GeneBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    private static readonly JsonTypeInfo<IReadOnlyList<ApplicationCommand>> CommandList =
        DiscordJsonContext.Default.IReadOnlyListApplicationCommand;

    public async Task<GatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(new RestRoute(HttpMethod.Get, "/gateway/bot", "gateway/bot", ""), null,
            DiscordJsonContext.Default.GatewayBot, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("Discord returned an empty /gateway/bot response.");

    public async Task<Message> CreateMessageAsync(Snowflake channelId, MessageCreateRequest request, CancellationToken cancellationToken = default)
    {
        var safe = request with
        {
            AllowedMentions = request.AllowedMentions ?? AllowedMentions.None,
            Nonce = request.Nonce ?? NewNonce(),
            EnforceNonce = request.EnforceNonce ?? true,
        };
        var route = new RestRoute(HttpMethod.Post, "/channels/{channel_id}/messages", $"channels/{channelId}/messages", channelId.ToString());
        return await SendAsync(route, Json(safe, DiscordJsonContext.Default.MessageCreateRequest), DiscordJsonContext.Default.Message, cancellationToken)
            .ConfigureAwait(false) ?? throw Empty(route);
    }

    public async Task CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        var safe = response.Data is { } data && response.Type is InteractionResponse.ChannelMessageWithSource or InteractionResponse.UpdateMessage
            ? response with { Data = data with { AllowedMentions = data.AllowedMentions ?? AllowedMentions.None } }
            : response;
        var route = new RestRoute(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{interactionId}/{Uri.EscapeDataString(interactionToken)}/callback", interactionId.ToString(), ExemptFromGlobal: true);
        await SendAsync<Message>(route, Json(safe, DiscordJsonContext.Default.InteractionResponse), null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Message> EditOriginalInteractionResponseAsync(Snowflake applicationId, string interactionToken, MessageEditRequest request, CancellationToken cancellationToken = default)
    {
        var route = new RestRoute(HttpMethod.Patch, "/webhooks/{application_id}/{interaction_token}/messages/@original",
            $"webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}/messages/@original", $"{applicationId}/{interactionToken}", ExemptFromGlobal: true);
        return await SendAsync(route, Json(Safe(request), DiscordJsonContext.Default.MessageEditRequest), DiscordJsonContext.Default.Message, cancellationToken)
            .ConfigureAwait(false) ?? throw Empty(route);
    }

    public async Task<Message> CreateFollowupMessageAsync(Snowflake applicationId, string interactionToken, MessageEditRequest request, CancellationToken cancellationToken = default)
    {
        var route = new RestRoute(HttpMethod.Post, "/webhooks/{application_id}/{interaction_token}",
            $"webhooks/{applicationId}/{Uri.EscapeDataString(interactionToken)}?wait=true", $"{applicationId}/{interactionToken}", ExemptFromGlobal: true);
        return await SendAsync(route, Json(Safe(request), DiscordJsonContext.Default.MessageEditRequest), DiscordJsonContext.Default.Message, cancellationToken)
            .ConfigureAwait(false) ?? throw Empty(route);
    }

    public async Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteCommandsAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default)
    {
        var route = CommandsRoute(HttpMethod.Put, applicationId, guildId);
        return await SendAsync(route, Json(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition), CommandList, cancellationToken)
            .ConfigureAwait(false) ?? [];
    }

    public async Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(Snowflake applicationId, Snowflake? guildId, CancellationToken cancellationToken = default) =>
        await SendAsync(CommandsRoute(HttpMethod.Get, applicationId, guildId), null, CommandList, cancellationToken).ConfigureAwait(false) ?? [];

    public async Task<Channel> StartThreadFromMessageAsync(Snowflake channelId, Snowflake messageId, StartThreadRequest request, CancellationToken cancellationToken = default)
    {
        var route = new RestRoute(HttpMethod.Post, "/channels/{channel_id}/messages/{message_id}/threads",
            $"channels/{channelId}/messages/{messageId}/threads", channelId.ToString());
        return await SendAsync(route, Json(request, DiscordJsonContext.Default.StartThreadRequest), DiscordJsonContext.Default.Channel, cancellationToken)
            .ConfigureAwait(false) ?? throw Empty(route);
    }

    public async Task<Channel> CreateDmAsync(Snowflake recipientId, CancellationToken cancellationToken = default)
    {
        var route = new RestRoute(HttpMethod.Post, "/users/@me/channels", "users/@me/channels", "");
        return await SendAsync(route, Json(new CreateDmRequest(recipientId), DiscordJsonContext.Default.CreateDmRequest), DiscordJsonContext.Default.Channel, cancellationToken)
            .ConfigureAwait(false) ?? throw Empty(route);
    }

    private static RestRoute CommandsRoute(HttpMethod method, Snowflake applicationId, Snowflake? guildId) => guildId is { } guild
        ? new RestRoute(method, "/applications/{application_id}/guilds/{guild_id}/commands", $"applications/{applicationId}/guilds/{guild}/commands", guild.ToString())
        : new RestRoute(method, "/applications/{application_id}/commands", $"applications/{applicationId}/commands", applicationId.ToString());

    private static MessageEditRequest Safe(MessageEditRequest request) =>
        request with { AllowedMentions = request.AllowedMentions ?? AllowedMentions.None };

    private static JsonContent Json<T>(T value, JsonTypeInfo<T> info) => JsonContent.Create(value, info);

    /// <summary>A random decimal nonce of at most 20 digits (Discord allows 25 characters).</summary>
    private static string NewNonce() => BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static InvalidOperationException Empty(RestRoute route) => new($"Discord returned an empty body for {route.Name}.");
}
