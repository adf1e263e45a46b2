using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Knowledge.Safety;
using GeneBot.Privacy;
using GeneBot.Tests.Support.Teams;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>The one-time note on what GeneBot is and is not, in Teams, end to end.</summary>
public sealed class TeamsFirstUseNoteTests(TeamsHarnessFixture fixture) : IClassFixture<TeamsHarnessFixture>
{
    private TeamsHarness Sut => fixture.Harness;

    [Fact]
    public async Task A_members_first_answer_leads_with_the_note_and_their_second_does_not()
    {
        // Arrange
        const string member = "eeeeeeee-0000-0000-0000-000000000001";
        var first = Sut.NextId();
        var second = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, first, "what is CAR-T cell therapy?", member));
        var firstReply = (await Sut.Connector.WaitForReplyAsync(first)).Json;
        await Sut.PostAsync(SomeActivity.Channel(Sut, second, "what is CRISPR?", mention: true, member));
        var secondReply = (await Sut.Connector.WaitForReplyAsync(second)).Json;

        // Assert
        Assert.Equal([PrivacyText.FirstUseNote, AnswerCard.Title], TeamsJson.Blocks(firstReply)[..2]);
        Assert.StartsWith(PrivacyText.FirstUseNote, TeamsJson.Summary(firstReply));
        Assert.Equal(AnswerCard.Title, TeamsJson.Blocks(secondReply)[0]);
        Assert.DoesNotContain(PrivacyText.FirstUseNote, TeamsJson.Shown(secondReply));
    }

    [Fact]
    public async Task A_first_text_reply_leads_with_the_note_in_its_text()
    {
        // Arrange
        var id = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, "/help"));
        var reply = (await Sut.Connector.WaitForReplyAsync(id)).Json;

        // Assert
        var text = TeamsJson.Text(reply)!;
        Assert.StartsWith(PrivacyText.FirstUseNote + "\n\n", text);
        Assert.Contains("GeneBot answers questions about gene therapy and cancer", text);
    }

    [Fact]
    public async Task An_urgent_first_message_starts_with_the_urgent_text_and_the_note_follows_it()
    {
        // Arrange
        var urgent = new SafetyOptions().UrgentMessage;
        var id = Sut.NextId();

        // Act
        await Sut.PostAsync(SomeActivity.Personal(Sut, id, "my dad had car-t last week and now has a fever of 39 and is confused"));
        var reply = (await Sut.Connector.WaitForReplyAsync(id)).Json;

        // Assert
        var blocks = TeamsJson.Blocks(reply);
        Assert.Equal([urgent, PrivacyText.FirstUseNote, AnswerCard.Title], blocks[..3]);
        var summary = TeamsJson.Summary(reply)!;
        Assert.StartsWith($"{urgent}\n\n{PrivacyText.FirstUseNote}\n\n", summary);
    }
}
