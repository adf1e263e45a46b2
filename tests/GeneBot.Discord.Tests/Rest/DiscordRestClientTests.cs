using System.Text.Json;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Tests.Support;

namespace GeneBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private static readonly Snowflake App = new(FakeDiscordServer.ApplicationId);

    [Fact]
    public async Task Creating_a_message_sends_bot_auth_user_agent_a_nonce_and_mentions_nobody()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, _) = RestHarness.Create(server);

        // Act
        var message = await sut.CreateMessageAsync(RestHarness.Channel, new MessageCreateRequest { Content = "hello @everyone" });

        // Assert
        var request = Assert.Single(server.Requests.Snapshot());
        Assert.Equal($"Bot {server.Token}", request.Header("Authorization"));
        Assert.Equal("DiscordBot (https://github.com/genebot/genebot, 0.1.0)", request.Header("User-Agent"));
        Assert.StartsWith("application/json", request.Header("Content-Type"));
        var body = request.Json;
        Assert.Equal(JsonValueKind.Array, body.GetProperty("allowed_mentions").GetProperty("parse").ValueKind);
        Assert.Equal(0, body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.True(body.GetProperty("enforce_nonce").GetBoolean());
        Assert.InRange(body.GetProperty("nonce").GetString()!.Length, 1, 25);
        Assert.Equal("hello @everyone", message.Content);
        Assert.Equal(RestHarness.Channel, message.ChannelId);
    }

    [Fact]
    public async Task A_caller_can_override_allowed_mentions()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, _) = RestHarness.Create(server);
        var mentions = new AllowedMentions { Parse = [], Users = [new Snowflake(42)] };

        // Act
        await sut.CreateMessageAsync(RestHarness.Channel, new MessageCreateRequest { Content = "<@42>", AllowedMentions = mentions });

        // Assert
        var users = server.Requests.Snapshot()[0].Json.GetProperty("allowed_mentions").GetProperty("users");
        Assert.Equal("42", users[0].GetString());
    }

    [Fact]
    public async Task Interaction_replies_and_webhook_messages_mention_nobody_by_default()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.RegisterInteraction(777, "itoken");
        var (sut, _) = RestHarness.Create(server);

        // Act
        await sut.CreateInteractionResponseAsync(new Snowflake(777), "itoken", InteractionResponse.Reply("hi @here"));
        await sut.EditOriginalInteractionResponseAsync(App, "itoken", new MessageEditRequest { Content = "edited" });
        await sut.CreateFollowupMessageAsync(App, "itoken", new MessageEditRequest { Content = "more", Flags = MessageFlags.Ephemeral });

        // Assert
        var requests = server.Requests.Snapshot();
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal(204 == r.Status ? 204 : 200, r.Status));
        Assert.Equal(0, requests[0].Json.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal(0, requests[1].Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal(0, requests[2].Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Commands_are_overwritten_in_bulk_and_read_back()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, _) = RestHarness.Create(server);
        var guild = new Snowflake(555);
        ApplicationCommandDefinition[] commands =
        [
            new("ask", "Ask a question") { Options = [new(3, "question", "Your question") { Required = true }], Contexts = [0, 1] },
            new("reindex", "Rebuild the index") { DefaultMemberPermissions = "32" },
        ];

        // Act
        var written = await sut.BulkOverwriteCommandsAsync(App, guild, commands);
        var read = await sut.GetCommandsAsync(App, guild);
        var global = await sut.GetCommandsAsync(App, null);

        // Assert
        Assert.Equal(["ask", "reindex"], written.Select(c => c.Name));
        Assert.Equal(written.Select(c => c.Id), read.Select(c => c.Id));
        Assert.Equal("32", read[1].DefaultMemberPermissions);
        Assert.Empty(global);
        Assert.Equal("\"32\"", server.Requests.Snapshot()[0].Json[1].GetProperty("default_member_permissions").GetRawText());
    }

    [Fact]
    public async Task A_thread_can_be_started_from_a_message()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, _) = RestHarness.Create(server);

        // Act
        var thread = await sut.StartThreadFromMessageAsync(RestHarness.Channel, new Snowflake(99), new StartThreadRequest("Discussion") { AutoArchiveDuration = 1440 });

        // Assert
        Assert.Equal("Discussion", thread.Name);
        Assert.Equal(11, thread.Type);
    }

    [Fact]
    public async Task A_dm_channel_is_opened_with_the_recipient_and_reused_for_the_same_user()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, _) = RestHarness.Create(server);
        var member = new Snowflake(1200000000000000004);

        // Act
        var first = await sut.CreateDmAsync(member);
        var again = await sut.CreateDmAsync(member);

        // Assert
        Assert.Equal(1, first.Type);
        Assert.Equal(first.Id, again.Id);
        var request = server.Requests.Snapshot()[0];
        Assert.Equal("/users/@me/channels", request.Template);
        Assert.Equal($"Bot {server.Token}", request.Header("Authorization"));
        Assert.Equal("1200000000000000004", request.Json.GetProperty("recipient_id").GetString());
        Assert.Empty(server.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task A_member_with_closed_dms_gives_an_api_error_with_discords_code()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        server.AllowDms = false;
        var (sut, _) = RestHarness.Create(server);

        // Act
        var error = await Assert.ThrowsAsync<DiscordApiException>(() => sut.CreateDmAsync(new Snowflake(42)));

        // Assert
        Assert.Equal(50007, error.Code);
        Assert.Single(server.Requests.Snapshot());
    }

    [Fact]
    public async Task The_gateway_bot_endpoint_returns_the_url_and_session_start_limit()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, _) = RestHarness.Create(server);

        // Act
        var bot = await sut.GetGatewayBotAsync();

        // Assert
        Assert.Equal(server.GatewayUrl.ToString(), bot.Url);
        Assert.Equal(1000, bot.SessionStartLimit.Remaining);
        Assert.Equal(1, bot.SessionStartLimit.MaxConcurrency);
    }
}
