using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Features.Help;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>GeneBot being added to a Teams conversation, end to end: one short welcome, and nothing when others join.</summary>
public sealed class TeamsWelcomeTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public async Task GeneBot_added_to_a_team_posts_one_welcome_that_says_to_mention_it()
    {
        // Arrange
        var id = Sut.NextId();
        var added = SomeActivity.ConversationUpdate(Sut, id, "channel", "29:someone-else", TeamsHarness.BotId);
        var conversation = added["conversation"]!["id"]!.GetValue<string>();

        // Act
        Assert.Equal(202, await Sut.PostAsync(added));
        var welcome = await Sut.Connector.WaitForMessageAsync(conversation);
        Assert.Equal(202, await Sut.PostAsync(SomeActivity.ConversationUpdate(Sut, id, "channel", TeamsHarness.BotId)));
        await Sut.ControlAsync();

        // Assert
        var text = TeamsJson.Text(welcome.Json);
        Assert.StartsWith(WelcomeText.Greeting, text);
        Assert.Contains(HelpCommand.About, text);
        Assert.EndsWith(WelcomeText.HowToAskInSharedPlace, text);
        Assert.Equal(TeamsHarness.BotId, welcome.Json.GetProperty("from").GetProperty("id").GetString());
        Assert.StartsWith("Bearer connector-token-", welcome.Authorization);
        Assert.Single(Sut.Connector.MessagesTo(conversation));
        Assert.Empty(Sut.Connector.RepliesTo(id));
    }

    [Fact]
    public async Task GeneBot_added_to_a_1to1_chat_welcomes_the_member_and_says_to_just_type()
    {
        // Arrange
        var added = SomeActivity.ConversationUpdate(Sut, Sut.NextId(), "personal", TeamsHarness.BotId);

        // Act
        await Sut.PostAsync(added);
        var welcome = await Sut.Connector.WaitForMessageAsync(added["conversation"]!["id"]!.GetValue<string>());

        // Assert
        Assert.EndsWith(WelcomeText.HowToAskInPersonalChat, TeamsJson.Text(welcome.Json));
    }

    [Fact]
    public async Task A_member_being_added_posts_nothing()
    {
        // Arrange
        var added = SomeActivity.ConversationUpdate(Sut, Sut.NextId(), "channel", "29:new-member");

        // Act
        Assert.Equal(202, await Sut.PostAsync(added));
        await Sut.ControlAsync();

        // Assert
        Assert.Empty(Sut.Connector.MessagesTo(added["conversation"]!["id"]!.GetValue<string>()));
    }
}
