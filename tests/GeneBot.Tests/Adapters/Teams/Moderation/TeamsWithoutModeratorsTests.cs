using System.Text.Json.Nodes;
using GeneBot.Features.Feedback;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams.Moderation;

/// <summary>Without <c>Teams:ModeratorConversationId</c>, Teams works as before: no safety alerts, no "Ask a moderator".</summary>
public sealed class TeamsWithoutModeratorsTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public async Task An_urgent_message_in_a_channel_alerts_no_one_when_no_moderators_conversation_is_set()
    {
        // Arrange
        var id = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Channel(Sut, id, "help my dad is having a seizure after car t", mention: true));
        await Sut.Connector.WaitForReplyAsync(id);
        await Sut.ControlAsync();

        // Assert
        Assert.DoesNotContain(Sut.Connector.Messages.Snapshot(), m => m.Body.Contains("Safety alert", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_abstention_is_plain_text_without_ask_a_moderator()
    {
        // Arrange
        var id = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, "which pizza topping is best in naples?"));
        var reply = await Sut.Connector.WaitForReplyAsync(id);

        // Assert
        Assert.False(reply.Json.TryGetProperty("attachments", out _));
        Assert.DoesNotContain("Action.Submit", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_earlier_ask_a_moderator_press_is_told_to_ask_a_moderator_directly()
    {
        // Arrange: a card sent while a moderators' conversation was set.
        var question = SomeActivity.Personal(Sut, Sut.NextId(), "which pizza topping is best in naples?");
        var press = Sut.NextId("press");

        // Act
        await Sut.PostAsync(SomeActivity.Submit(press, question, new JsonObject { ["genebot"] = "moderator", ["answerId"] = "00000000000000ff" }));
        var reply = await Sut.Connector.WaitForReplyAsync(press);

        // Assert
        Assert.Equal(ModeratorNotice.Unavailable.Text, TeamsJson.Text(reply.Json));
        Assert.Empty(Sut.Connector.Messages.Snapshot());
    }
}
