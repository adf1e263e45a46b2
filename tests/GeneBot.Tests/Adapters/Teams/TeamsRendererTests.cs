using System.Text.Json.Nodes;
using GeneBot.Adapters.Teams.Rendering;
using GeneBot.Chat;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Safety;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Teams;

/// <summary>Replies of the chat layer as Teams shows them: the same words as Discord, in a card and a text fallback, within Teams' size limit.</summary>
public sealed class TeamsRendererTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{
    private static readonly SafetyOptions Safety = new();

    private TeamsMessage Ask(string question) =>
        TeamsRenderer.Render(ChatSetup.CreateRouter(bundled.Knowledge, Safety).Handle(new ChatRequest(question, "user", "place", IsPrivate: true)));

    private static string[] Blocks(TeamsMessage message) =>
        [.. message.Card!["body"]!.AsArray().Select(b => b!["text"]!.GetValue<string>())];

    [Fact]
    public void An_answer_becomes_a_card_with_numbered_excerpts_linked_sources_and_the_disclaimer()
    {
        // Arrange
        var answer = Some.Answer(Some.Citation(1, url: "https://example.org/car-t.md#what"), Some.Citation(2, title: "AAV gene therapy"));

        // Act
        var message = TeamsRenderer.Render(new ChatReply(answer.Text, Answer: answer));

        // Assert
        Assert.Equal(answer.Text.Trim(), message.Text);
        Assert.Equal(
            [AnswerCard.Title, "[1] CAR T cells are a **living drug**.", "[2] CAR T cells are a **living drug**.", "Sources",
             "[1] CAR T-cell therapy § What CAR T-cell therapy is — [Read the article](https://example.org/car-t.md#what)",
             "[2] AAV gene therapy § What CAR T-cell therapy is", ReplyText.Disclaimer],
            Blocks(message));
        Assert.Equal("AdaptiveCard", message.Card!["type"]!.GetValue<string>());
        Assert.Equal(message.Text, message.Card!["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public void Urgent_symptoms_put_the_urgent_message_first_in_the_card_and_in_the_text()
    {
        // Act
        var message = Ask("my dad had car-t last week and now has a fever of 39 and is confused");

        // Assert
        Assert.StartsWith(Safety.UrgentMessage, message.Text);
        var first = message.Card!["body"]![0]!;
        Assert.Equal(Safety.UrgentMessage, first["text"]!.GetValue<string>());
        Assert.Equal("Attention", first["color"]!.GetValue<string>());
        Assert.Contains(Blocks(message), b => b.StartsWith("[1] ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_crisis_gets_the_crisis_message_as_text_alone()
    {
        // Act
        var message = Ask("I want to end my life");

        // Assert
        Assert.StartsWith(Safety.CrisisMessage, message.Text);
        Assert.Null(message.Card);
    }

    [Fact]
    public void An_unknown_question_gets_the_abstention_and_no_citations()
    {
        // Act
        var message = Ask("what is the airspeed velocity of an unladen swallow");

        // Assert
        Assert.StartsWith(ReplyText.Abstention, message.Text);
        Assert.Null(message.Card);
        Assert.DoesNotContain("[1]", message.Text);
    }

    [Fact]
    public void An_FAQ_entry_becomes_a_card_with_its_title_body_and_the_disclaimer()
    {
        // Act
        var reply = ChatSetup.CreateRouter(bundled.Knowledge, Safety).Handle(new ChatRequest("/faq car-t", "user", "place"));
        var message = TeamsRenderer.Render(reply);

        // Assert
        Assert.NotNull(reply.Faq);
        var blocks = Blocks(message);
        Assert.Equal(reply.Faq!.Title, blocks[0]);
        Assert.Equal(ReplyText.Disclaimer, blocks[^1]);
    }

    [Fact]
    public void A_huge_answer_is_shortened_to_fit_a_Teams_message()
    {
        // Arrange
        var citations = Enumerable.Range(1, 12).Select(n => Some.Citation(n, excerpt: string.Concat(Enumerable.Repeat("Gene therapy <é> \"quoted\" ", 400)), url: $"https://example.org/{n}")).ToArray();
        var answer = Some.Answer(citations);

        // Act
        var message = TeamsRenderer.Render(new ChatReply(answer.Text, Answer: answer));

        // Assert
        Assert.True(TeamsRenderer.Bytes(message) <= TeamsLimits.MessageBytes, $"{TeamsRenderer.Bytes(message)} bytes");
        var blocks = Blocks(message);
        Assert.StartsWith("[1] Gene therapy", blocks[1]);
        Assert.Equal(ReplyText.Disclaimer, blocks[^1]);
    }

    [Fact]
    public void Plain_text_is_sent_as_text_alone()
    {
        // Act
        var message = TeamsRenderer.Render(ChatErrors.AdminsOnly);

        // Assert
        Assert.Equal(ChatErrors.AdminsOnly.Text, message.Text);
        Assert.Null(message.Card);
    }

    [Fact]
    public void Leads_go_above_an_answer_as_text_blocks_and_paragraphs_in_order_and_nulls_are_skipped()
    {
        // Arrange
        var answer = Some.Answer(Some.Citation(1));

        // Act
        var message = TeamsRenderer.Render(new ChatReply(answer.Text, Answer: answer), "First lead.", null, "Second lead.");

        // Assert
        Assert.Equal(["First lead.", "Second lead.", AnswerCard.Title], Blocks(message)[..3]);
        Assert.Equal($"First lead.\n\nSecond lead.\n\n{answer.Text.Trim()}", message.Text);
        Assert.Equal(message.Text, message.Card!["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public void Leads_follow_the_urgent_message_which_stays_first()
    {
        // Act
        var reply = ChatSetup.CreateRouter(bundled.Knowledge, Safety).Handle(new ChatRequest("my dad had car-t last week and now has a fever of 39 and is confused", "user", "place", IsPrivate: true));
        var message = TeamsRenderer.Render(reply, "A lead.");

        // Assert
        Assert.Equal([Safety.UrgentMessage, "A lead.", AnswerCard.Title], Blocks(message)[..3]);
        Assert.StartsWith($"{Safety.UrgentMessage}\n\nA lead.\n\n", message.Text);
    }

    [Fact]
    public void Leads_follow_the_crisis_message_which_stays_first()
    {
        // Act
        var reply = ChatSetup.CreateRouter(bundled.Knowledge, Safety).Handle(new ChatRequest("I want to end my life", "user", "place", IsPrivate: true));
        var message = TeamsRenderer.Render(reply, "A lead.");

        // Assert
        Assert.Null(message.Card);
        Assert.StartsWith($"{Safety.CrisisMessage}\n\nA lead.", message.Text);
    }

    [Fact]
    public void Leads_go_above_plain_text()
    {
        // Act
        var message = TeamsRenderer.Render(ChatErrors.AdminsOnly, "A lead.");

        // Assert
        Assert.Equal($"A lead.\n\n{ChatErrors.AdminsOnly.Text}", message.Text);
    }
}
