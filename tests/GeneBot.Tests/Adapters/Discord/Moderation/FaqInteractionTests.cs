using System.Text.Json;
using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Discord.Models;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Moderation;

/// <summary>/faq end to end through FakeDiscord: show, list, post, add, edit, history, remove, and key autocomplete.</summary>
public sealed class FaqInteractionTests
{
    private const string InteractionCreate = "INTERACTION_CREATE";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Show_is_only_for_the_member_and_post_is_public_for_a_moderator()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());

        // Act
        var show = await Send(sut, SomeInteraction.Subcommand("faq", "show", null, ("key", "what-is-car-t")));
        var post = await Send(sut, SomeInteraction.Subcommand("faq", "post", SomeInteraction.Member("8192"), ("key", "what-is-car-t")));

        // Assert
        Assert.Equal(MessageFlags.Ephemeral, show.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.False(post.GetProperty("data").TryGetProperty("flags", out _));
        foreach (var data in new[] { show.GetProperty("data"), post.GetProperty("data") })
        {
            Assert.Contains("CAR", SentJson.Embed(data)!.Value.GetProperty("title").GetString(), StringComparison.Ordinal);
            SentJson.AssertPingsNoOne(data);
        }
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task A_moderator_adds_edits_and_removes_an_entry_and_history_shows_each_change()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var moderator = SomeInteraction.Member(SomeInteraction.Everyone, SomeInteraction.ModeratorRoleId);

        // Act
        var added = await Send(sut, SomeInteraction.Subcommand("faq", "add", moderator, ("key", "kale"), ("title", "Does kale cure cancer?"),
            ("body", "No food cures cancer."), ("link", "what-is-gene-therapy"), ("aliases", "greens")));
        var shown = await Send(sut, SomeInteraction.Subcommand("faq", "show", null, ("key", "greens")));
        var edited = await Send(sut, SomeInteraction.Subcommand("faq", "edit", moderator, ("key", "kale"), ("body", "No. Eat well, and ask your team.")));
        var removed = await Send(sut, SomeInteraction.Subcommand("faq", "remove", moderator, ("key", "kale")));
        var history = await Send(sut, SomeInteraction.Subcommand("faq", "history", moderator, ("key", "kale")));
        var gone = await Send(sut, SomeInteraction.Subcommand("faq", "show", null, ("key", "kale")));

        // Assert
        Assert.StartsWith("Added the FAQ entry 'kale'", Content(added), StringComparison.Ordinal);
        Assert.Equal("No food cures cancer.", SentJson.Embed(shown.GetProperty("data"))!.Value.GetProperty("description").GetString());
        Assert.StartsWith("Updated", Content(edited), StringComparison.Ordinal);
        Assert.StartsWith("Removed", Content(removed), StringComparison.Ordinal);
        var lines = Content(history).Split('\n');
        Assert.Contains(lines, l => l.Contains("— remove by member #", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("— edit by member #", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("— add by member #", StringComparison.Ordinal));
        Assert.Contains("body: \"No food cures cancer.\" → \"No. Eat well, and ask your team.\"", Content(history), StringComparison.Ordinal);
        Assert.DoesNotContain(Some.UserId, Content(history), StringComparison.Ordinal);
        Assert.DoesNotContain("alice", Content(history), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("There is no FAQ entry called 'kale'", Content(gone), StringComparison.Ordinal);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task Post_with_reply_to_posts_the_entry_as_a_reply_to_that_message_and_confirms_privately()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var target = Some.NewId();

        // Act
        var callback = await Send(sut, SomeInteraction.Subcommand("faq", "post", SomeInteraction.Member("8192"), ("key", "what-is-car-t"), ("reply_to", target)));
        var posted = await sut.WaitForReplyToAsync(target);

        // Assert
        Assert.Equal("Posted.", Content(callback));
        Assert.Equal(MessageFlags.Ephemeral, callback.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(Some.ChannelId, posted.ChannelOrWebhook);
        Assert.Contains("CAR", SentJson.Embed(posted.Body)!.Value.GetProperty("title").GetString(), StringComparison.Ordinal);
        SentJson.AssertPingsNoOne(posted.Body);
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    [Fact]
    public async Task An_unknown_key_answers_with_the_nearest_keys()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());

        // Act
        var reply = await Send(sut, SomeInteraction.Subcommand("faq", "show", null, ("key", "what-is-cart")));

        // Assert
        Assert.Contains("Did you mean: what-is-car-t", Content(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_paged()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());

        // Act
        var first = await Send(sut, SomeInteraction.Subcommand("faq", "list", null));
        var second = await Send(sut, SomeInteraction.Subcommand("faq", "list", null, ("page", 2)));

        // Assert
        Assert.Contains("page 1 of 3", Content(first), StringComparison.Ordinal);
        Assert.Contains("Next: /faq list 2", Content(first), StringComparison.Ordinal);
        Assert.Contains("page 2 of 3", Content(second), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 25, null)]
    [InlineData("car", 25, "what-is-car-t")]
    [InlineData("oncolytic-virus-s", 25, "are-oncolytic-viruses-safe")]
    [InlineData("what-is-cra-t", 25, "what-is-car-t")]
    public async Task Autocomplete_offers_at_most_25_keys_matched_on_prefix_alias_and_spelling_within_the_deadline(string typed, int max, string? expected)
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync(SomeInteraction.Settings());
        var sentAt = sut.Discord.Now;

        // Act
        var id = await sut.SendAsync(InteractionCreate, SomeInteraction.Autocomplete("show", typed));
        var callback = await sut.WaitForCallbackAsync(id);

        // Assert
        Assert.Equal(204, callback.Status);
        Assert.InRange(callback.At - sentAt, TimeSpan.Zero, Deadline);
        Assert.Equal(InteractionResponse.AutocompleteResult, callback.Json.GetProperty("type").GetInt32());
        var choices = callback.Json.GetProperty("data").GetProperty("choices").EnumerateArray().ToArray();
        Assert.InRange(choices.Length, 1, max);
        Assert.All(choices, c => Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100));
        if (expected is not null)
            Assert.Contains(expected, choices.Select(c => c.GetProperty("value").GetString()));
        Assert.Empty(sut.Discord.SchemaViolations.Snapshot());
    }

    private static async Task<JsonElement> Send(GeneBotHarness sut, System.Text.Json.Nodes.JsonObject interaction)
    {
        var callback = await sut.WaitForCallbackAsync(await sut.SendAsync(InteractionCreate, interaction));
        Assert.Equal(204, callback.Status);
        return callback.Json;
    }

    private static string Content(JsonElement callback) => SentJson.Content(callback.GetProperty("data")) ?? "";
}
