using System.Text.Json.Nodes;
using GeneBot.Discord.Gateway;
using GeneBot.Discord.Testing.Gateway;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord;

/// <summary>A dropped connection, a resume, and events delivered again: every question still gets exactly one answer.</summary>
public sealed class ResumeReplayTests
{
    [Fact]
    public async Task After_a_resume_with_replayed_events_each_question_has_exactly_one_answer()
    {
        // Arrange
        await using var sut = await GeneBotHarness.StartAsync();
        var mention = Some.Mention("what is crispr?");
        var command = Some.SlashCommand("ask", "question", "what is CAR-T cell therapy?");
        var mentionSeq = await sut.Discord.DispatchAsync("MESSAGE_CREATE", mention);
        var commandSeq = await sut.Discord.DispatchAsync("INTERACTION_CREATE", command);
        var mentionId = mention["id"]!.GetValue<string>();
        var commandId = command["id"]!.GetValue<string>();
        await sut.WaitForReplyToAsync(mentionId);
        await sut.WaitForCallbackAsync(commandId);

        // Act: drop the socket, ask while GeneBot is away (replayed on resume), then deliver the first two events again
        sut.Discord.Abort();
        var whileAway = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("are oncolytic viruses safe?"));
        await sut.Discord.WaitForFrameAsync(f => f.Op == GatewayFrame.Resume, Timeouts.Wait, "a resume");
        await Timeouts.UntilAsync(() => sut.Gateway.State == GatewayState.Resumed, "the resumed session");
        await sut.Discord.SendRawAsync(Dispatch(mentionSeq, "MESSAGE_CREATE", mention));
        await sut.Discord.SendRawAsync(Dispatch(commandSeq, "INTERACTION_CREATE", command));
        var last = await sut.SendAsync("MESSAGE_CREATE", Some.Mention("what is an AAV vector?"));
        await sut.WaitForReplyToAsync(last);

        // Assert: one worker handles events in order, so the last reply comes after the replays were handled
        Assert.Single(sut.RepliesTo(mentionId));
        Assert.Single(sut.RepliesTo(whileAway));
        Assert.Single(sut.RepliesTo(last));
        Assert.Single(sut.CallbacksFor(commandId));
        Assert.Equal(3, sut.Discord.Messages.Snapshot().Count);
        Assert.Equal(1, sut.Discord.IdentifyCount);
        Assert.Contains(sut.Logs.Lines, line => line.Contains($"Ignored message {mentionId}", StringComparison.Ordinal));
        Assert.Contains(sut.Logs.Lines, line => line.Contains($"Ignored interaction {commandId}", StringComparison.Ordinal));
    }

    private static string Dispatch(int seq, string eventName, JsonObject data) =>
        new JsonObject { ["op"] = 0, ["d"] = data.DeepClone(), ["s"] = seq, ["t"] = eventName }.ToJsonString();
}
