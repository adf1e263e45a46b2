using System.Text.Json;
using GeneBot.Discord.Models;
using GeneBot.Features.Ask;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

/// <summary>"Explain simpler" and "More sources" end to end: component interactions (type 3) answered ephemerally.</summary>
public sealed class FollowOnButtonTests
{
    private const string InteractionCreate = "INTERACTION_CREATE";
    private const string MessageCreate = "MESSAGE_CREATE";

    private static async Task<(string Simpler, string More, int Shown)> AnswerButtonsAsync(GeneBotHarness sut)
    {
        var question = await sut.SendAsync(MessageCreate, Some.Mention("what is CAR-T cell therapy?"));
        var answer = await sut.WaitForReplyToAsync(question);
        var buttons = ComponentsJson.Buttons(answer.Body);
        var shown = SentJson.Embed(answer.Body)!.Value.GetProperty("fields").GetArrayLength();
        return (buttons.Single(b => b.Label == "Explain simpler").CustomId, buttons.Single(b => b.Label == "More sources").CustomId, shown);
    }

    private static void AssertEphemeralMessage(JsonElement callback)
    {
        Assert.Equal(InteractionResponse.ChannelMessageWithSource, callback.GetProperty("type").GetInt32());
        Assert.Equal(MessageFlags.Ephemeral, callback.GetProperty("data").GetProperty("flags").GetInt32());
        SentJson.AssertPingsNoOne(callback.GetProperty("data"));
    }

    [Fact]
    public async Task Explain_simpler_answers_the_member_privately_with_the_same_question_in_simpler_words()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var (simpler, _, _) = await AnswerButtonsAsync(sut);

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button(simpler, Some.NewId())));

        // Assert
        AssertEphemeralMessage(callback.Json);
        var data = callback.Json.GetProperty("data");
        Assert.StartsWith(AskFeature.SimplerLead, SentJson.Content(data), StringComparison.Ordinal);
        Assert.StartsWith("[1] ", SentJson.Embed(data)!.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("(", SentJson.Embed(data)!.Value.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("what is CAR-T cell therapy?", simpler, StringComparison.Ordinal);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task More_sources_shows_the_next_citations_privately()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var (_, more, shown) = await AnswerButtonsAsync(sut);

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button(more, Some.NewId())));

        // Assert
        AssertEphemeralMessage(callback.Json);
        var data = callback.Json.GetProperty("data");
        Assert.StartsWith(AskFeature.MoreLead, SentJson.Content(data), StringComparison.Ordinal);
        var fields = SentJson.Embed(data)!.Value.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray();
        Assert.NotEmpty(fields);
        Assert.StartsWith($"[{shown + 1}] ", fields[0], StringComparison.Ordinal);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task A_button_of_a_forgotten_answer_asks_the_member_to_ask_again()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button("feedback:simpler:0123456789abcdef", Some.NewId())));

        // Assert
        AssertEphemeralMessage(callback.Json);
        Assert.Equal(AskFeature.AnswerForgotten.Text, SentJson.Content(callback.Json.GetProperty("data")));
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_privately_and_then_edited_in()
    {
        // Arrange: no time at all to answer at once
        await using var sut = await GeneBotHarness.StartAsync(new Dictionary<string, string?>(SomeInteraction.Settings()) { ["Discord:InteractionAnswerBudget"] = "00:00:00" });
        var (_, more, _) = await AnswerButtonsAsync(sut);

        // Act
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, SomeInteraction.Button(more, Some.NewId())));
        var edit = await sut.Discord.Requests.WaitForAsync(r => r.Method == "PATCH" && r.Template.EndsWith("/messages/@original", StringComparison.Ordinal), Timeouts.Wait, "the edited original");

        // Assert
        Assert.Equal(InteractionResponse.DeferredChannelMessageWithSource, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(MessageFlags.Ephemeral, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.StartsWith(AskFeature.MoreLead, SentJson.Content(edit.Json), StringComparison.Ordinal);
    }
}
