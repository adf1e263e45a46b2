using System.Text.Json;
using GeneBot.Discord.Models;
using GeneBot.Discord.Testing;
using GeneBot.Discord.Testing.Contract;
using GeneBot.Discord.Tests.Support;

namespace GeneBot.Discord.Tests.Contract;

public sealed class OpenApiContractTests
{
    private static readonly Snowflake App = new(FakeDiscordServer.ApplicationId);

    [OpenApiFact]
    public async Task Every_rest_body_the_client_sends_is_valid_against_openapi()
    {
        // Arrange
        await using var server = await FakeDiscordServer.StartAsync();
        var (sut, _) = RestHarness.Create(server);
        server.RegisterInteraction(11, "a");
        server.RegisterInteraction(12, "b");
        server.RegisterInteraction(13, "c");
        var embed = new Embed
        {
            Title = "AAV", Description = "Adeno-associated virus", Url = "https://example.org/aav", Color = 0x2f855a,
            Fields = [new EmbedField("Source", "corpus") { Inline = true }],
            Footer = new EmbedFooter("GeneBot"), Author = new EmbedAuthor("GeneBot"),
        };
        var buttons = Component.ActionRow(Component.Button("helpful:1", "Helpful"), Component.LinkButton("https://example.org", "Read more"));

        // Act
        await sut.CreateMessageAsync(new Snowflake(1), new() { Content = "answer", Embeds = [embed], Components = [buttons], MessageReference = MessageReference.ReplyTo(new Snowflake(5)) });
        await sut.CreateInteractionResponseAsync(new Snowflake(11), "a", InteractionResponse.Defer(ephemeral: true));
        await sut.CreateInteractionResponseAsync(new Snowflake(12), "b", new InteractionResponse(InteractionResponse.AutocompleteResult)
        {
            Data = new() { Choices = [ApplicationCommandChoice.Of("AAV", "aav")] },
        });
        await sut.CreateInteractionResponseAsync(new Snowflake(13), "c", new InteractionResponse(InteractionResponse.Modal)
        {
            Data = new() { CustomId = "feedback", Title = "Feedback", Components = [Component.ActionRow(Component.TextInput("text", "Your feedback", 2))] },
        });
        await sut.EditOriginalInteractionResponseAsync(App, "a", new() { Content = "done", Embeds = [embed], Components = [buttons] });
        await sut.CreateFollowupMessageAsync(App, "a", new() { Content = "more", Flags = MessageFlags.Ephemeral });
        await sut.BulkOverwriteCommandsAsync(App, new Snowflake(2), [
            new("ask", "Ask a question") { Options = [new(3, "question", "Your question") { Required = true, Autocomplete = true, MaxLength = 200 }], Contexts = [0, 1, 2] },
            new("faq", "Show a FAQ entry") { Options = [new(3, "key", "FAQ key") { Choices = [ApplicationCommandChoice.Of("AAV", "aav")] }] },
            new("reindex", "Rebuild the index") { DefaultMemberPermissions = "32" },
            new("Report answer", "") { Type = 3 },
        ]);
        await sut.StartThreadFromMessageAsync(new Snowflake(1), new Snowflake(5), new("Follow-up") { AutoArchiveDuration = 1440 });

        // Assert
        Assert.Equal(8, server.Requests.Snapshot().Count(r => r.Status is >= 200 and < 300));
        Assert.True(server.SchemaViolations.Snapshot().Count == 0, string.Join("\n", server.SchemaViolations.Snapshot()));
    }

    [OpenApiFact]
    public void The_validator_rejects_a_body_that_breaks_the_contract()
    {
        // Arrange
        var sut = OpenApiValidator.Shared;
        var body = JsonSerializer.Serialize(new { content = 42, embeds = Enumerable.Repeat(new { title = "x" }, 11) });

        // Act
        var errors = sut.Validate("POST", "/channels/{channel_id}/messages", body);

        // Assert
        Assert.NotEmpty(errors);
    }
}
