using System.Text.Json;
using GeneBot.Adapters.Teams;
using GeneBot.Adapters.Teams.Models;
using GeneBot.Chat;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

public sealed class TeamsChatRequestsTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    private static readonly string[] Commands = ["help", "faq", "stats"];

    private static readonly TeamsOptions Options = new()
    {
        AppId = "app",
        AdminIds = TeamsHarness.AdminId,
        ModeratorIds = TeamsHarness.ModeratorId.ToUpperInvariant(),
    };

    private static Activity Parse(System.Text.Json.Nodes.JsonObject json) =>
        JsonSerializer.Deserialize(json.ToJsonString(), TeamsJsonContext.Default.Activity)!;

    private static Activity Personal(string text, string aadObjectId = SomeActivity.MemberAadId) =>
        Parse(SomeActivity.Message(ServiceUrl, "1", text, new() { ["id"] = "a:1x", ["conversationType"] = "personal" }, aadObjectId));

    private static Activity Channel(string text, bool mention)
    {
        var json = SomeActivity.Message(ServiceUrl, "1", mention ? $"<at>GeneBot</at> {text}" : text,
            new() { ["id"] = "19:c@thread.tacv2", ["conversationType"] = "channel", ["isGroup"] = true }, SomeActivity.MemberAadId);
        if (mention)
            json["entities"] = new System.Text.Json.Nodes.JsonArray(SomeActivity.Mention());
        return Parse(json);
    }

    [Fact]
    public void A_card_button_press_is_not_a_question_even_with_text_in_a_1to1_chat()
    {
        // Arrange
        var json = SomeActivity.Message(ServiceUrl, "1", "what is CAR-T?", new() { ["id"] = "a:1x", ["conversationType"] = "personal" }, SomeActivity.MemberAadId);
        json["value"] = new System.Text.Json.Nodes.JsonObject { ["genebot"] = "simpler", ["answerId"] = "00ff" };

        // Act
        var request = TeamsChatRequests.From(Parse(json), Options, Commands);

        // Assert
        Assert.Null(request);
    }

    [Fact]
    public void A_personal_message_is_a_private_request_from_the_members_AAD_object_id()
    {
        // Act
        var request = TeamsChatRequests.From(Personal("what is CAR-T?"), Options, Commands)!;

        // Assert
        Assert.Equal("what is CAR-T?", request.Text);
        Assert.True(request.IsPrivate);
        Assert.Equal("teams:" + SomeActivity.MemberAadId, request.UserId);
        Assert.Equal("teams:a:1x", request.PlaceId);
        Assert.Equal(ChatRole.Member, request.Role);
    }

    [Fact]
    public void A_channel_mention_loses_the_bots_at_tag_and_keeps_other_members_names()
    {
        // Act
        var request = TeamsChatRequests.From(Channel("can <at>Jane Doe</at> have   CAR-T &amp; CRISPR?", mention: true), Options, Commands)!;

        // Assert
        Assert.Equal("can Jane Doe have CAR-T & CRISPR?", request.Text);
        Assert.False(request.IsPrivate);
    }

    [Fact]
    public void A_channel_message_without_a_mention_of_the_bot_is_not_a_request()
    {
        // Act
        var request = TeamsChatRequests.From(Channel("what is CAR-T?", mention: false), Options, Commands);

        // Assert
        Assert.Null(request);
    }

    [Fact]
    public void The_bots_own_message_is_not_a_request()
    {
        // Arrange
        var activity = Personal("what is CAR-T?") with { From = new ChannelAccount(TeamsHarness.BotId) };

        // Act & Assert
        Assert.Null(TeamsChatRequests.From(activity, Options, Commands));
    }

    [Theory]
    [InlineData(TeamsHarness.AdminId, ChatRole.Admin)]
    [InlineData(TeamsHarness.ModeratorId, ChatRole.Moderator)]
    [InlineData(SomeActivity.MemberAadId, ChatRole.Member)]
    public void The_role_comes_from_the_configured_AAD_object_ids_whatever_their_case(string aadObjectId, ChatRole role)
    {
        // Act
        var request = TeamsChatRequests.From(Personal("hi", aadObjectId.ToUpperInvariant()), Options, Commands)!;

        // Assert
        Assert.Equal(role, request.Role);
    }

    [Theory]
    [InlineData("help", "/help")]
    [InlineData("FAQ", "/FAQ")]
    [InlineData("/faq car-t", "/faq car-t")]
    [InlineData("help me understand CAR-T", "help me understand CAR-T")]
    public void Only_a_slash_or_a_bare_command_name_makes_a_command(string text, string expected)
    {
        // Act & Assert
        Assert.Equal(expected, TeamsChatRequests.Command(text, Commands));
    }
}
