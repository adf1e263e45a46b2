using System.Text.Json;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Hosting;

/// <summary>Logging__Console__FormatterName=json switches the worker's console to the built-in JSON formatter (one
/// object per line), through configuration alone; without it the console formatter is the plain one.</summary>
public sealed class JsonLogTests : IDisposable
{
    private readonly TempDirectory work = new();

    private Dictionary<string, string> Env(FakeDiscordServer discord)
    {
        var env = Support.Cli.Env(Repo.Corpus, work.Combine("index"));
        env["Discord__Token"] = discord.Token;
        env["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
        env["Discord__GuildIds"] = Some.GuildId;
        return env;
    }

    [Fact]
    public async Task The_json_formatter_writes_each_log_entry_as_one_json_object()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();
        var env = Env(discord);
        env["Logging__Console__FormatterName"] = "json";

        // Act
        using var app = ChildProcess.Start(work.Path, env);
        var line = await app.WaitForLineAsync(l => l.Contains("\"Category\"", StringComparison.Ordinal), "a JSON log line", TimeSpan.FromSeconds(90));
        await discord.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify, TimeSpan.FromSeconds(90), "the worker's identify");
        await app.SendSigtermAsync();
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(30));

        // Assert
        using var entry = JsonDocument.Parse(line);
        var root = entry.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("Category").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("LogLevel").GetString()));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("Message").GetString()));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("EventId").ValueKind);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Without_the_setting_the_console_logs_are_plain_text()
    {
        // Arrange
        await using var discord = await FakeDiscordServer.StartAsync();

        // Act
        using var app = ChildProcess.Start(work.Path, Env(discord));
        var line = await app.WaitForLineAsync(l => l.StartsWith("info: ", StringComparison.Ordinal), "a plain log line", TimeSpan.FromSeconds(90));
        await discord.WaitForFrameAsync(f => f.Op == GatewayFrame.Identify, TimeSpan.FromSeconds(90), "the worker's identify");
        await app.SendSigtermAsync();

        // Assert
        Assert.Equal(0, await app.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.DoesNotContain("\"Category\"", line, StringComparison.Ordinal);
    }

    public void Dispose() => work.Dispose();
}
