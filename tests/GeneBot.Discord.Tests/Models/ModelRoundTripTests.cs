using System.Text.Json;
using GeneBot.Discord.Models;
using GeneBot.Discord.Tests.Support;

namespace GeneBot.Discord.Tests.Models;

public sealed class ModelRoundTripTests
{
    [Fact]
    public void A_message_round_trips_and_unknown_fields_are_ignored()
    {
        // Arrange
        var json = Some.MessageCreate("hello", mentionBot: true).ToJsonString();

        // Act
        var message = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Message)!;
        var again = JsonSerializer.Deserialize(JsonSerializer.Serialize(message, DiscordJsonContext.Default.Message), DiscordJsonContext.Default.Message)!;

        // Assert
        Assert.Equal("hello", message.Content);
        Assert.Equal(new Snowflake(1200000000000000003), message.GuildId);
        Assert.Equal("Alice", message.Author.GlobalName);
        Assert.Equal(message.Id, again.Id);
        Assert.Equal(message.Content, again.Content);
        Assert.Equal(message.Mentions.Select(m => m.Id), again.Mentions.Select(m => m.Id));
    }

    [Fact]
    public void An_interaction_round_trips_with_its_typed_data()
    {
        // Arrange
        var json = Some.SlashCommand("ask", "gene therapy?").ToJsonString();

        // Act
        var interaction = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;
        var again = JsonSerializer.Deserialize(JsonSerializer.Serialize(interaction, DiscordJsonContext.Default.Interaction), DiscordJsonContext.Default.Interaction)!;

        // Assert
        Assert.Equal("ask", again.CommandData!.Name);
        Assert.Equal("gene therapy?", again.CommandData.Options[0].StringValue);
        Assert.Null(again.ComponentData);
        Assert.Equal(interaction.Token, again.Token);
    }

    [Fact]
    public void Component_and_modal_interactions_expose_their_data()
    {
        // Arrange
        const string component = """{"id":"1","application_id":"2","type":3,"token":"t","data":{"custom_id":"helpful:1","component_type":2}}""";
        const string modal = """{"id":"1","application_id":"2","type":5,"token":"t","data":{"custom_id":"feedback","components":[{"type":1,"components":[{"type":4,"custom_id":"text","value":"great"}]}]}}""";

        // Act
        var clicked = JsonSerializer.Deserialize(component, DiscordJsonContext.Default.Interaction)!;
        var submitted = JsonSerializer.Deserialize(modal, DiscordJsonContext.Default.Interaction)!;

        // Assert
        Assert.Equal("helpful:1", clicked.ComponentData!.CustomId);
        Assert.Equal("great", submitted.ModalData!.ValueOf("text"));
    }

    [Fact]
    public void Snowflakes_are_written_as_strings_and_read_from_strings_or_numbers()
    {
        // Arrange
        var id = Snowflake.Parse("175928847299117063");

        // Act
        var written = JsonSerializer.Serialize(new Channel(id, 0), DiscordJsonContext.Default.Channel);
        var fromNumber = JsonSerializer.Deserialize("""{"id":175928847299117063,"type":0}""", DiscordJsonContext.Default.Channel)!;

        // Assert
        Assert.Equal("""{"id":"175928847299117063","type":0}""", written);
        Assert.Equal(id, fromNumber.Id);
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), id.CreatedAt);
    }

    [Fact]
    public void Requests_omit_nulls_but_keep_an_empty_parse_list()
    {
        // Arrange
        var request = new MessageCreateRequest { Content = "x", AllowedMentions = AllowedMentions.None };

        // Act
        var json = JsonSerializer.Serialize(request, DiscordJsonContext.Default.MessageCreateRequest);

        // Assert
        Assert.Equal("""{"content":"x","allowed_mentions":{"parse":[]}}""", json);
    }
}
