using GeneBot.Chat;
using GeneBot.Knowledge.Answers;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Chat;

public sealed class ChatRouterTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{
    private ChatRouter CreateSut() => ChatSetup.CreateRouter(bundled.Knowledge);

    private static ChatRequest Say(string text) => new(text, "user-1", "place-1");

    [Fact]
    public void A_plain_question_is_answered_from_the_library()
    {
        // Act
        var reply = CreateSut().Handle(Say("are oncolytic viruses safe?"));

        // Assert
        Assert.NotNull(reply.Answer);
        Assert.Equal(AnswerStatus.Answered, reply.Answer.Status);
        Assert.Contains(reply.Answer.Citations, c => c.ArticleId.Contains("oncolytic", StringComparison.Ordinal) || c.ArticleId == "t-vec-imlygic");
    }

    [Fact]
    public void Help_explains_what_genebot_cannot_do_and_lists_every_command()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var reply = sut.Handle(Say("/help"));

        // Assert
        Assert.Contains("not a doctor", reply.Text);
        foreach (var command in sut.Commands)
            Assert.Contains(command.Usage, reply.Text);
    }

    [Fact]
    public void Command_names_are_unique()
    {
        // Act
        var names = CreateSut().Commands.SelectMany(c => c.Names).ToArray();

        // Assert
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void An_unknown_slash_word_is_treated_as_a_question_not_an_error()
    {
        // Act
        var reply = CreateSut().Handle(Say("/notacommand what is crispr"));

        // Assert
        Assert.NotNull(reply.Answer);
    }
}
