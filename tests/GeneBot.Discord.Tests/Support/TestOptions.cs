using GeneBot.Discord.Testing;

namespace GeneBot.Discord.Tests.Support;

/// <summary>Options pointing at a FakeDiscord with short delays, so every test finishes in seconds.</summary>
public static class TestOptions
{
    public static DiscordOptions For(FakeDiscordServer server) => new()
    {
        Token = server.Token,
        ApiBaseUrl = server.ApiBaseUrl,
        ReadyTimeout = TimeSpan.FromSeconds(5),
        InvalidSessionDelayMin = TimeSpan.FromMilliseconds(50),
        InvalidSessionDelayMax = TimeSpan.FromMilliseconds(150),
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
        IdentifyInterval = TimeSpan.FromMilliseconds(50),
        RestRetryBaseDelay = TimeSpan.FromMilliseconds(20),
    };
}
