using GeneBot.Discord.Gateway;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(4000, ReconnectAction.Resume)]
    [InlineData(1001, ReconnectAction.Resume)]
    [InlineData(4999, ReconnectAction.Resume)]
    [InlineData(4006, ReconnectAction.Identify)]
    [InlineData(4009, ReconnectAction.Identify)]
    [InlineData(4004, ReconnectAction.Fatal)]
    [InlineData(4014, ReconnectAction.Fatal)]
    public void Close_codes_are_classified_per_the_table(int code, ReconnectAction expected)
    {
        // Arrange, Act
        var action = GatewayCloseCodes.Classify(code);

        // Assert
        Assert.Equal(expected, action);
    }
}
