using System.Globalization;
using GeneBot.Discord.Models;
using GeneBot.Discord.Testing;
using GeneBot.Privacy;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord;

/// <summary>The one-time note on what GeneBot is and is not, end to end.</summary>
public sealed class FirstUseNoteTests
{
    [Fact]
    public async Task A_members_first_mention_reply_carries_the_note_and_later_replies_do_not()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var first = await sut.WaitForReplyToAsync(await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is crispr?")));
        var second = await sut.WaitForReplyToAsync(await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is CAR-T?")));

        // Assert
        Assert.StartsWith(PrivacyText.FirstUseNote, SentJson.Content(first.Body));
        Assert.NotNull(SentJson.Embed(first.Body));
        Assert.DoesNotContain(PrivacyText.FirstUseNote, SentJson.Content(second.Body) ?? "");
    }

    [Theory]
    [InlineData("my dad had car-t last week and now has a fever of 39 and is confused", "urgent")]
    [InlineData("the car t didnt work and i feel hopeless, i dont see the point anymore", "crisis")]
    public async Task A_members_first_urgent_or_crisis_message_starts_with_the_safety_words_and_the_note_follows_them(string message, string kind)
    {
        // Arrange
        var safety = kind == "urgent" ? new Knowledge.Safety.SafetyOptions().UrgentMessage : new Knowledge.Safety.SafetyOptions().CrisisMessage;
        await using var sut = await GeneBotHarness.StartAsync();

        // Act
        var reply = await sut.WaitForReplyToAsync(await sut.SendAsync("MESSAGE_CREATE", Some.Mention(message)));

        // Assert
        var content = SentJson.Content(reply.Body)!;
        Assert.StartsWith(safety, content, StringComparison.Ordinal);
        Assert.Contains(PrivacyText.FirstUseNote, content, StringComparison.Ordinal);
        Assert.True(content.IndexOf(PrivacyText.FirstUseNote, StringComparison.Ordinal) > safety.Length, "the note comes after the safety words");
    }

    [Fact]
    public async Task A_members_first_slash_command_gets_the_note_as_an_ephemeral_follow_up_once()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();
        var first = Some.SlashCommand("ask", "question", "what is crispr?");
        var second = Some.SlashCommand("help");
        var firstWebhook = Webhook(first);

        // Act
        await sut.WaitForCallbackAsync(await sut.SendAsync("INTERACTION_CREATE", first));
        var note = await sut.Discord.Messages.WaitForAsync(m => m.ChannelOrWebhook == firstWebhook, Timeouts.Wait, "the first-use follow-up");
        await sut.WaitForCallbackAsync(await sut.SendAsync("INTERACTION_CREATE", second));
        var mention = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is CAR-T?"));
        var reply = await sut.WaitForReplyToAsync(mention);

        // Assert
        Assert.Equal(PrivacyText.FirstUseNote, note.Content);
        Assert.Equal(MessageFlags.Ephemeral, note.Body.GetProperty("flags").GetInt32());
        SentJson.AssertPingsNoOne(note.Body);
        Assert.DoesNotContain(sut.Discord.Messages.Snapshot(), m => m.ChannelOrWebhook == Webhook(second));
        Assert.DoesNotContain(PrivacyText.FirstUseNote, SentJson.Content(reply.Body) ?? "");
    }

    [Fact]
    public async Task The_in_memory_registry_remembers_each_member_once_and_stays_bounded()
    {
        // Arrange
        var sut = new InMemoryFirstUseRegistry(Microsoft.Extensions.Options.Options.Create(new PrivacyOptions { FirstUseMemory = 100 }));

        // Act
        var first = await sut.TryMarkFirstUseAsync("u-1");
        var again = await sut.TryMarkFirstUseAsync("u-1");
        for (var i = 0; i < 500; i++)
            await sut.TryMarkFirstUseAsync($"other-{i}");

        // Assert
        Assert.True(first);
        Assert.False(again);
        Assert.Equal(100, sut.Count);
    }

    private static string Webhook(System.Text.Json.Nodes.JsonObject interaction) =>
        $"{FakeDiscordServer.ApplicationId.ToString(CultureInfo.InvariantCulture)}/{interaction["token"]}";
}
