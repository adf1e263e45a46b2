using System.Text.Json;
using GeneBot.Adapters.Teams.Connector;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>The connector requests GeneBot builds, without a connector.</summary>
public sealed class ConnectorClientTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    private static Activity ChannelMessage(bool tenantInConversation)
    {
        var conversation = new System.Text.Json.Nodes.JsonObject { ["id"] = "19:c@thread.tacv2", ["conversationType"] = "channel", ["isGroup"] = true };
        if (tenantInConversation)
            conversation["tenantId"] = "tenant-in-conversation";
        var json = SomeActivity.Message(ServiceUrl, "1", "hello", conversation, SomeActivity.MemberAadId);
        json["channelData"] = new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "tenant-in-channel-data" } };
        return JsonSerializer.Deserialize(json.ToJsonString(), TeamsJsonContext.Default.Activity)!;
    }

    [Theory]
    [InlineData(true, "tenant-in-conversation")]
    [InlineData(false, "tenant-in-channel-data")]
    public void A_1to1_chat_is_opened_for_the_sender_by_the_bot_in_the_conversations_tenant_else_the_channel_datas(bool tenantInConversation, string tenant)
    {
        // Arrange
        var activity = ChannelMessage(tenantInConversation);

        // Act
        var json = JsonSerializer.SerializeToElement(ConnectorClient.PersonalConversation(activity), TeamsJsonContext.Default.ConversationParameters);

        // Assert
        Assert.Equal(TeamsHarness.BotId, json.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal(activity.From!.Id, Assert.Single(json.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(tenant, json.GetProperty("tenantId").GetString());
        Assert.Equal(tenant, json.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(json.GetProperty("isGroup").GetBoolean());
        Assert.False(json.GetProperty("members")[0].TryGetProperty("name", out _));
    }
}
