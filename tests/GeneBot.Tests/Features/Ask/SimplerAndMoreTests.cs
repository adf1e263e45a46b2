using GeneBot.Adapters.Console;
using GeneBot.Chat;
using GeneBot.Features.Ask;
using GeneBot.Knowledge.Answers;
using GeneBot.Tests.Support;
using Spectre.Console;

namespace GeneBot.Tests.Features.Ask;

/// <summary>"Explain simpler" and "More sources", platform-neutral: the router's answers and the console's /simpler and /more.</summary>
public sealed class SimplerAndMoreTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{
    private const string Question = "what is CAR-T cell therapy?";

    private static ChatRequest Ann(string text, string place = "dm-ann") => new(text, "ann", place, IsPrivate: true);

    [Fact]
    public void Simpler_answers_the_same_question_again_with_glossary_terms_explained_and_says_so()
    {
        // Arrange
        var router = ChatSetup.CreateRouter(bundled.Knowledge);
        router.Handle(Ann(Question));

        // Act
        var reply = router.Handle(Ann("/simpler"));

        // Assert
        Assert.True(reply.Ephemeral);
        Assert.Equal(AnswerStatus.Answered, reply.Answer?.Status);
        Assert.StartsWith(AskFeature.SimplerLead, reply.Text, StringComparison.Ordinal);
        Assert.Contains(bundled.Knowledge.Glossary.Names, n => reply.Text.Contains($" ({n.Definition})", StringComparison.Ordinal));
        Assert.EndsWith(ReplyText.Disclaimer, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void More_shows_the_citations_after_those_already_shown_and_pages_on()
    {
        // Arrange
        var router = ChatSetup.CreateRouter(bundled.Knowledge);
        var first = router.Handle(Ann(Question)).Answer!;

        // Act
        var more = router.Handle(Ann("/more")).Answer!;
        var again = router.Handle(Ann("/more"));

        // Assert
        var shown = first.Citations.Count;
        Assert.Equal(Enumerable.Range(shown + 1, more.Citations.Count), more.Citations.Select(c => c.N));
        Assert.NotEmpty(more.Citations);
        Assert.DoesNotContain(more.Citations, c => first.Citations.Any(f => f.ArticleId == c.ArticleId && f.Excerpt == c.Excerpt));
        Assert.StartsWith(AskFeature.MoreLead, more.Text, StringComparison.Ordinal);
        Assert.True(again.Answer is null || again.Answer.Citations.All(c => c.N > more.Citations.Max(m => m.N)));
    }

    [Fact]
    public void Without_an_earlier_answer_in_this_place_the_commands_say_so()
    {
        // Arrange
        var router = ChatSetup.CreateRouter(bundled.Knowledge);
        router.Handle(Ann(Question, place: "channel-1"));

        // Act
        var simpler = router.Handle(Ann("/simpler", place: "channel-2"));
        var more = router.Handle(new ChatRequest("/more", "bob", "channel-1"));

        // Assert
        Assert.Same(AskFeature.NoRecentAnswer, simpler);
        Assert.Same(AskFeature.NoRecentAnswer, more);
    }

    [Fact]
    public void An_unknown_answer_id_is_answered_with_a_request_to_ask_again()
    {
        // Arrange
        var router = ChatSetup.CreateRouter(bundled.Knowledge);

        // Act
        var simpler = router.Ask.Simpler("0123456789abcdef");
        var more = router.Ask.More("0123456789abcdef");

        // Assert
        Assert.Same(AskFeature.AnswerForgotten, simpler);
        Assert.Same(AskFeature.AnswerForgotten, more);
    }

    [Fact]
    public void The_console_chat_renders_simpler_and_more_on_its_last_answer()
    {
        // Arrange
        var (console, output) = TestConsole.Create(width: 400);
        var sut = new ConsoleChat(ChatSetup.CreateRouter(bundled.Knowledge), console);

        // Act
        sut.Run(new StringReader($"{Question}\n/simpler\n/more\n/help\n/quit\n"));

        // Assert
        var text = output.ToString();
        Assert.Contains(AskFeature.SimplerLead, text, StringComparison.Ordinal);
        Assert.Contains(AskFeature.MoreLead, text, StringComparison.Ordinal);
        Assert.Contains("/simpler", text, StringComparison.Ordinal);
        Assert.Contains("/more", text, StringComparison.Ordinal);
    }
}
