using GeneBot.Adapters.Teams;
using GeneBot.Hosting;
using GeneBot.Privacy;

namespace GeneBot.Tests.Privacy;

public sealed class PrivacySetupTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Discord_or_Teams_alone_or_both_share_one_private_reply_policy(bool discord, bool teams)
    {
        // Arrange
        var settings = new Dictionary<string, string?>();
        if (discord)
            settings["Discord:Token"] = "not-a-real-token";
        if (teams)
            settings["Teams:AppId"] = "00000000-0000-0000-0000-0000000000a1";

        // Act
        var services = GeneBotHost.CreateBuilder(settings: settings).Services;

        // Assert
        Assert.Single(services, d => d.ServiceType == typeof(PrivateReplyPolicy));
        Assert.Equal(discord, services.Any(d => d.ImplementationType == typeof(GeneBot.Adapters.Discord.MessageCreateHandler)));
        Assert.Equal(teams, services.Any(d => d.ServiceType == typeof(TeamsMessageHandler)));
    }
}
