using System.Text.Json;
using GeneBot.Adapters.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>Reading a card's button press back from the value Teams sends: only GeneBot's own, well-formed presses count.</summary>
public sealed class TeamsSubmitTests
{
    private static TeamsSubmit? Parse(string json) => TeamsSubmit.Parse(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_vote_with_a_reason_is_read_with_its_reason()
    {
        // Act
        var press = Parse("""{"genebot":"feedback","answerId":"00ff","vote":"down","reason":"too long"}""");

        // Assert
        Assert.Equal(new TeamsSubmit(TeamsSubmit.Feedback, "00ff", Helpful: false, Reason: "too long"), press);
    }

    [Theory]
    [InlineData("""{"genebot":"simpler","answerId":"00ff"}""", TeamsSubmit.Simpler)]
    [InlineData("""{"genebot":"more","answerId":"00ff","reason":""}""", TeamsSubmit.More)]
    [InlineData("""{"genebot":"moderator","answerId":"00ff"}""", TeamsSubmit.AskModerator)]
    public void Explain_simpler_more_sources_and_ask_a_moderator_are_read_by_answer_id(string json, string kind)
    {
        // Act
        var press = Parse(json);

        // Assert
        Assert.Equal(new TeamsSubmit(kind, "00ff"), press);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"feedback\"")]
    [InlineData("[1,2]")]
    [InlineData("{}")]
    [InlineData("""{"genebot":"feedback","answerId":"00ff"}""")]
    [InlineData("""{"genebot":"feedback","answerId":"00ff","vote":"sideways"}""")]
    [InlineData("""{"genebot":"feedback","answerId":"00ff","vote":1}""")]
    [InlineData("""{"genebot":"feedback","answerId":"00ff","vote":"up","reason":{"x":1}}""")]
    [InlineData("""{"genebot":"feedback","answerId":12,"vote":"up"}""")]
    [InlineData("""{"genebot":"feedback","answerId":"00FF","vote":"up"}""")]
    [InlineData("""{"genebot":"feedback","answerId":"","vote":"up"}""")]
    [InlineData("""{"genebot":"feedback","answerId":"../../x","vote":"up"}""")]
    [InlineData("""{"genebot":"feedback","answerId":"0123456789abcdef0123456789abcdef0","vote":"up"}""")]
    [InlineData("""{"genebot":"ask-mod","answerId":"00ff"}""")]
    [InlineData("""{"genebot":"moderator"}""")]
    [InlineData("""{"genebot":"moderator","answerId":"00FF"}""")]
    [InlineData("""{"genebot":"moderator","answerId":["00ff"]}""")]
    [InlineData("""{"genebot":"Moderator","answerId":"00ff"}""")]
    [InlineData("""{"genebot":["feedback"],"answerId":"00ff","vote":"up"}""")]
    public void Anything_else_is_not_a_press(string json)
    {
        // Act
        var press = Parse(json);

        // Assert
        Assert.Null(press);
    }
}
