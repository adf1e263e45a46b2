using System.Globalization;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Discord.Models;
using GeneBot.Discord.Testing;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord;

/// <summary>Slash commands, end to end: acknowledged within Discord's 3 s from local receipt, answered at once or deferred.</summary>
public sealed class InteractionCreateHandlerTests
{
    private const string InteractionCreate = "INTERACTION_CREATE";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Ask_is_answered_at_once_within_the_deadline_with_a_cited_embed()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();
        var sentAt = sut.Discord.Now;

        // Act
        var id = await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what is crispr gene editing?"));
        var callback = await sut.WaitForCallbackAsync(id);

        // Assert
        Assert.Equal(204, callback.Status);
        Assert.InRange(callback.At - sentAt, TimeSpan.Zero, Deadline);
        Assert.Equal(InteractionResponse.ChannelMessageWithSource, callback.Json.GetProperty("type").GetInt32());
        var data = callback.Json.GetProperty("data");
        Assert.False(data.TryGetProperty("flags", out _));
        var embed = SentJson.Embed(data)!.Value;
        Assert.Equal(AnswerEmbed.Title, embed.GetProperty("title").GetString());
        Assert.NotEmpty(embed.GetProperty("fields").EnumerateArray());
        SentJson.AssertPingsNoOne(data);
        Assert.Single(sut.CallbacksFor(id));
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_within_the_deadline_and_then_edits_the_original()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(
            new Dictionary<string, string?> { ["Discord:InteractionAnswerBudget"] = "00:00:00.200" }, slowAnswers: true);
        var interaction = Some.SlashCommand("ask", "question", "what is CAR-T cell therapy?");
        var webhook = $"{FakeDiscordServer.ApplicationId.ToString(CultureInfo.InvariantCulture)}/{interaction["token"]}";
        var sentAt = sut.Discord.Now;

        // Act
        var id = await sut.SendAsync(InteractionCreate, interaction);
        var callback = await sut.WaitForCallbackAsync(id);
        sut.Gate!.Release();
        var edit = await sut.Discord.Messages.WaitForAsync(m => m.ChannelOrWebhook == webhook, Timeouts.Wait, "the edited original");

        // Assert
        Assert.Equal(204, callback.Status);
        Assert.InRange(callback.At - sentAt, TimeSpan.Zero, Deadline);
        Assert.Equal(InteractionResponse.DeferredChannelMessageWithSource, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(1, sut.CountRequests("PATCH", "/messages/@original"));
        Assert.NotEmpty(SentJson.Embed(edit.Body)!.Value.GetProperty("fields").EnumerateArray());
        SentJson.AssertPingsNoOne(edit.Body);
        Assert.Single(sut.CallbacksFor(id));
    }

    [Fact]
    public async Task Help_and_faq_are_shown_only_to_the_member_who_asked()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var help = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("help")));
        var faq = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("faq", "key", "what-is-car-t")));
        var list = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("faq")));

        // Assert
        foreach (var callback in new[] { help, faq, list })
        {
            Assert.Equal(204, callback.Status);
            Assert.Equal(MessageFlags.Ephemeral, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
            SentJson.AssertPingsNoOne(callback.Json.GetProperty("data"));
        }
        Assert.Contains("not a doctor", SentJson.Content(help.Json.GetProperty("data")));
        var entry = SentJson.Embed(faq.Json.GetProperty("data"))!.Value;
        Assert.Contains("CAR", entry.GetProperty("title").GetString());
        Assert.Contains("are-oncolytic-viruses-safe", list.Json.GetProperty("data").GetRawText()); // the first page of the paged list
    }

    [Fact]
    public async Task A_command_outside_the_allowed_channels_gets_a_private_refusal()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(new Dictionary<string, string?> { ["Discord:AllowedChannelIds"] = Some.ChannelId });

        // Act
        var refused = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what is crispr?", channelId: Some.OtherChannelId)));
        var inDm = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what is crispr?", channelId: Some.NewId(), guildId: null)));

        // Assert
        var data = refused.Json.GetProperty("data");
        Assert.Equal(MessageFlags.Ephemeral, data.GetProperty("flags").GetInt32());
        Assert.Contains("doesn't answer in this channel", SentJson.Content(data));
        Assert.NotNull(SentJson.Embed(inDm.Json.GetProperty("data")));
    }

    [Fact]
    public async Task A_rejected_acknowledgement_is_logged_once_and_not_retried()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();
        sut.Discord.InteractionDeadline = TimeSpan.Zero;

        // Act
        var id = await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what is crispr?"));
        var callback = await sut.WaitForCallbackAsync(id);
        var next = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is crispr?"));
        await sut.WaitForReplyToAsync(next);

        // Assert
        Assert.Equal(404, callback.Status);
        Assert.Single(sut.CallbacksFor(id));
        Assert.Equal(0, sut.CountRequests("PATCH", "/messages/@original"));
        Assert.Single(sut.Logs.Lines, line => line.Contains($"interaction {id}", StringComparison.Ordinal) && line.Contains("not retried", StringComparison.Ordinal));
    }
}
