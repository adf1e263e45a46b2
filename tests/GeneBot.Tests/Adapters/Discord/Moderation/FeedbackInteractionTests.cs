using System.Text.Json;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Discord.Models;
using GeneBot.Features.Feedback;
using GeneBot.Storage;
using GeneBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

/// <summary>👍 / 👎 buttons, the 👎 modal and "Ask a moderator", end to end through FakeDiscord.</summary>
public sealed class FeedbackInteractionTests
{
    private const string InteractionCreate = "INTERACTION_CREATE";
    private const string MessageCreate = "MESSAGE_CREATE";

    [Fact]
    public async Task An_answer_carries_thumbs_buttons_whose_ids_hold_an_answer_id_not_the_text()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what is CAR-T cell therapy?")));

        // Assert
        var buttons = ComponentsJson.Buttons(callback.Json.GetProperty("data"));
        Assert.Equal(["👍", "👎", "Explain simpler", "More sources"], buttons.Select(b => b.Label));
        Assert.All(buttons, b => Assert.Matches("^feedback:(up|down|simpler|more):[0-9a-f]{16}$", b.CustomId));
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task Thumbs_up_is_recorded_and_thanked_only_to_the_member()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var answer = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what is CAR-T cell therapy?")));
        var up = ComponentsJson.Buttons(answer.Json.GetProperty("data"))[0].CustomId;

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button(up, Some.NewId())));

        // Assert
        Assert.Equal(InteractionResponse.ChannelMessageWithSource, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(FeedbackFeature.Thanks.Text, SentJson.Content(callback.Json.GetProperty("data")));
        Assert.Equal(MessageFlags.Ephemeral, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal((1, 0), Votes(sut));
    }

    [Fact]
    public async Task Thumbs_down_opens_a_modal_whose_optional_reason_is_stored_with_the_vote()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var answer = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, Some.SlashCommand("ask", "question", "what is CAR-T cell therapy?")));
        var down = ComponentsJson.Buttons(answer.Json.GetProperty("data"))[1].CustomId;

        // Act
        var modal = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button(down, Some.NewId())));
        var modalId = modal.Json.GetProperty("data").GetProperty("custom_id").GetString()!;
        var submitted = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.ModalSubmit(modalId, new string('x', 250))));

        // Assert
        Assert.Equal(InteractionResponse.Modal, modal.Json.GetProperty("type").GetInt32());
        var input = modal.Json.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal(200, input.GetProperty("max_length").GetInt32());
        Assert.False(input.GetProperty("required").GetBoolean());
        Assert.Equal(FeedbackFeature.Thanks.Text, SentJson.Content(submitted.Json.GetProperty("data")));
        Assert.Equal((0, 1), Votes(sut));
        var reason = sut.Host.Services.GetRequiredService<GeneBotDb>().Read(c => GeneBotDb.Scalar(c, null, "SELECT reason FROM feedback") as string);
        Assert.Equal(200, reason!.Length);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task An_abstention_offers_ask_a_moderator_which_posts_a_jump_link_but_never_the_question()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        const string question = "which pizza topping is best in naples?";
        var reply = await sut.WaitForReplyToAsync(await sut.SendAsync(MessageCreate, Some.Mention(question)));
        var button = Assert.Single(ComponentsJson.Buttons(reply.Body));

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button(button.CustomId, reply.Id.ToString())));
        var notice = await sut.Discord.Messages.WaitForAsync(m => m.ChannelOrWebhook == SomeInteraction.ModeratorChannelId, Timeouts.Wait, "the moderator notice");

        // Assert
        Assert.Equal("Ask a moderator", button.Label);
        Assert.Equal(ModeratorNotice.Sent.Text, SentJson.Content(callback.Json.GetProperty("data")));
        Assert.Contains($"https://discord.com/channels/{Some.GuildId}/{Some.ChannelId}/{reply.Id}", notice.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("pizza", notice.Content, StringComparison.OrdinalIgnoreCase);
        SentJson.AssertPingsNoOne(notice.Body);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task A_second_ask_a_moderator_on_the_same_answer_posts_no_second_notice()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var reply = await sut.WaitForReplyToAsync(await sut.SendAsync(MessageCreate, Some.Mention("which pizza topping is best in naples?")));
        var button = Assert.Single(ComponentsJson.Buttons(reply.Body));

        // Act
        var first = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button(button.CustomId, reply.Id.ToString())));
        var second = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button(button.CustomId, reply.Id.ToString())));

        // Assert
        Assert.Equal(ModeratorNotice.Sent.Text, SentJson.Content(first.Json.GetProperty("data")));
        Assert.Equal(ModeratorRequests.AlreadySent.Text, SentJson.Content(second.Json.GetProperty("data")));
        Assert.Single(sut.Discord.Messages.Snapshot(), m => m.ChannelOrWebhook == SomeInteraction.ModeratorChannelId);
    }

    [Fact]
    public async Task A_button_for_an_unknown_answer_gets_a_short_reply()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button("feedback:up:00000000000000ff", Some.NewId())));

        // Assert
        Assert.Equal(FeedbackFeature.Expired.Text, SentJson.Content(callback.Json.GetProperty("data")));
    }

    private static (int Up, int Down) Votes(GeneBotHarness sut)
    {
        var report = sut.Host.Services.GetRequiredService<IStatsStore>().Stats(DateTimeOffset.UtcNow.AddDays(-1));
        return (report.ThumbsUp, report.ThumbsDown);
    }
}
