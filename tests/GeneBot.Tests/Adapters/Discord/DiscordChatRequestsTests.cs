using GeneBot.Adapters.Discord;
using GeneBot.Discord.Models;

namespace GeneBot.Tests.Adapters.Discord;

public sealed class DiscordChatRequestsTests
{
    [Theory]
    [InlineData("<@900000000000000001> what is CAR-T?")]
    [InlineData("<@!900000000000000001> what is CAR-T?")]
    [InlineData("what is <@900000000000000001>   CAR-T?")]
    public void Mentions_are_stripped_from_the_question(string content)
    {
        // Act
        var text = DiscordChatRequests.StripMentions(content);

        // Assert
        Assert.Equal("what is CAR-T?", text);
    }

    [Fact]
    public void A_message_without_a_guild_is_private()
    {
        // Arrange
        var dm = new Message(new Snowflake(1), new Snowflake(2), new User(new Snowflake(3), "alice")) { Content = "hello" };
        var guild = dm with { GuildId = new Snowflake(4) };

        // Act
        var fromDm = DiscordChatRequests.FromMessage(dm);
        var fromGuild = DiscordChatRequests.FromMessage(guild);

        // Assert
        Assert.True(fromDm.IsPrivate);
        Assert.False(fromGuild.IsPrivate);
        Assert.Equal("3", fromDm.UserId);
        Assert.Equal("2", fromDm.PlaceId);
    }
}
