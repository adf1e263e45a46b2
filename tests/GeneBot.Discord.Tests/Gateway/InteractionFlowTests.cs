using GeneBot.Discord.Gateway;
using GeneBot.Discord.Models;
using GeneBot.Discord.Rest;
using GeneBot.Discord.Tests.Support;

namespace GeneBot.Discord.Tests.Gateway;

public sealed class InteractionFlowTests
{
    [Fact]
    public async Task A_gateway_interaction_can_be_deferred_and_then_answered_by_editing_the_original()
    {
        // Arrange
        IDiscordRestClient? rest = null;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new RecordingHandler(async dispatch =>
        {
            if (dispatch.AsInteractionCreate() is { } interaction)
            {
                await rest!.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Defer(ephemeral: true));
                await rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, new MessageEditRequest { Content = "AAV is a vector." });
                done.SetResult();
            }
        });
        await using var sut = await GatewayHarness.StartAsync(handlers: [handler]);
        rest = RestHarness.Create(sut.Server).Client;
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("ask", "what is AAV?", token: "tok-1"));
        await done.Task.WaitAsync(Timeouts.Wait);

        // Assert
        var requests = sut.Server.Requests.Snapshot();
        Assert.Equal([204, 200], requests.Where(r => r.Template.Contains("{interaction_token}") || r.Template.Contains("@original")).Select(r => r.Status));
        Assert.Equal(64, requests.First(r => r.Template.EndsWith("/callback")).Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains(sut.Server.Messages.Snapshot(), m => m.Content == "AAV is a vector.");
    }

    [Fact]
    public async Task A_callback_after_the_deadline_gets_10062_without_retry()
    {
        // Arrange
        var error = new TaskCompletionSource<InteractionAcknowledgementException>(TaskCreationOptions.RunContinuationsAsynchronously);
        IDiscordRestClient? rest = null;
        var handler = new RecordingHandler(async dispatch =>
        {
            if (dispatch.AsInteractionCreate() is { } interaction)
            {
                await Task.Delay(300);
                try
                {
                    await rest!.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Defer());
                }
                catch (InteractionAcknowledgementException ex)
                {
                    error.SetResult(ex);
                }
            }
        });
        await using var sut = await GatewayHarness.StartAsync(s => s.InteractionDeadline = TimeSpan.FromMilliseconds(100), handlers: [handler]);
        rest = RestHarness.Create(sut.Server).Client;
        await sut.WaitForStateAsync(GatewayState.Ready);

        // Act
        await sut.Server.DispatchAsync("INTERACTION_CREATE", Some.SlashCommand("ask", "late"));
        var expired = await error.Task.WaitAsync(Timeouts.Wait);

        // Assert
        Assert.True(expired.IsExpired);
        Assert.Single(sut.Server.Requests.Snapshot(), r => r.Template.EndsWith("/callback"));
    }
}
