using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Chat;
using GeneBot.Discord.Models;
using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Adapters.Discord.Rendering;

public sealed class DiscordRendererTests
{
    private const int Seed = 20261126;

    [Fact]
    public void An_answer_becomes_an_embed_with_excerpts_citations_and_the_disclaimer()
    {
        // Arrange
        var answer = Some.Answer(Some.Citation(1, url: "https://example.org/car-t.md#what"), Some.Citation(2, title: "AAV_gene therapy"));

        // Act
        var reply = DiscordRenderer.Render(new ChatReply(answer.Text, Answer: answer));

        // Assert
        Assert.Null(reply.Content);
        var embed = reply.Embed!;
        Assert.Equal(AnswerEmbed.Title, embed.Title);
        Assert.Equal("[1] CAR T cells are a **living drug**.\n\n[2] CAR T cells are a **living drug**.", embed.Description);
        Assert.Equal(["[1] CAR T-cell therapy", "[2] AAV\\_gene therapy"], embed.Fields!.Select(f => f.Name));
        Assert.Equal("§ What CAR T-cell therapy is\n[Read the article](https://example.org/car-t.md#what)", embed.Fields![0].Value);
        Assert.Equal(ReplyText.Disclaimer, embed.Footer!.Text);
    }

    [Fact]
    public void The_title_is_neutral_and_never_the_members_words()
    {
        // Arrange
        var answer = Some.Answer(Some.Citation(1)) with { Question = "@everyone is my son's CAR-T failing?" };

        // Act
        var embed = DiscordRenderer.Render(new ChatReply(answer.Text, Answer: answer)).Embed!;

        // Assert
        Assert.Equal("From GeneBot's library", embed.Title);
        Assert.DoesNotContain("son", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_abstention_is_a_short_plain_reply()
    {
        // Arrange
        var answer = new Answer("pizza", AnswerStatus.Abstained, 0, $"{ReplyText.Abstention}\n\n{ReplyText.Disclaimer}", [], ReplyText.Disclaimer);

        // Act
        var reply = DiscordRenderer.Render(new ChatReply(answer.Text, Answer: answer));

        // Assert
        Assert.Null(reply.Embed);
        Assert.StartsWith("I couldn't find anything", reply.Content);
        Assert.True(reply.Content!.Length <= DiscordLimits.Content);
    }

    [Fact]
    public void A_safety_message_is_shown_above_the_cited_embed()
    {
        // Arrange
        var cited = Some.Answer(Some.Citation(1));
        var urgent = cited with { Status = AnswerStatus.Safety, Text = $"This could be urgent. Call your care team now.\n\n{cited.Text}" };
        var advice = cited with { Text = cited.Text.Replace(ReplyText.Disclaimer, "Decide with your care team.\n\n" + ReplyText.Disclaimer, StringComparison.Ordinal) };

        // Act
        var urgentReply = DiscordRenderer.Render(new ChatReply(urgent.Text, Answer: urgent));
        var adviceReply = DiscordRenderer.Render(new ChatReply(advice.Text, Answer: advice));
        var plainReply = DiscordRenderer.Render(new ChatReply(cited.Text, Answer: cited));

        // Assert
        Assert.Equal("This could be urgent. Call your care team now.", urgentReply.Content);
        Assert.NotNull(urgentReply.Embed);
        Assert.Equal("Decide with your care team.", adviceReply.Content);
        Assert.Null(plainReply.Content);
    }

    [Fact]
    public void An_faq_entry_becomes_an_embed_with_its_title_and_link()
    {
        // Arrange
        var entry = new FaqEntry("what-is-car-t", [], "What is CAR-T?", "car-t-cell-therapy", "A *living* drug.", "faq/what-is-car-t.md");

        // Act
        var reply = DiscordRenderer.Render(new ChatReply("ignored", Faq: entry), ephemeral: true);

        // Assert
        Assert.True(reply.Ephemeral);
        Assert.Equal("What is CAR-T?", reply.Embed!.Title);
        Assert.Equal("A \\*living\\* drug.", reply.Embed.Description);
        Assert.Equal(new EmbedField("Read more", "car-t-cell-therapy"), reply.Embed.Fields!.Single());
    }

    [Fact]
    public void Mass_mentions_in_plain_text_are_broken_so_a_copy_pings_no_one()
    {
        // Act
        var reply = DiscordRenderer.Text("Hello @everyone and @here");

        // Assert
        Assert.DoesNotContain("@everyone", reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", reply.Content, StringComparison.Ordinal);
        Assert.Equal(AllowedMentions.None, reply.ToMessage().AllowedMentions);
        Assert.Equal(AllowedMentions.None, reply.ToInteractionResponse().Data!.AllowedMentions);
        Assert.Equal(AllowedMentions.None, reply.ToEdit().AllowedMentions);
    }

    [Fact]
    public void A_reply_to_a_message_references_it_and_does_not_fail_when_it_is_gone()
    {
        // Act
        var message = DiscordRenderer.Text("hi").ToMessage(replyTo: new Snowflake(42));

        // Assert
        Assert.Equal(new Snowflake(42), message.MessageReference!.MessageId);
        Assert.False(message.MessageReference.FailIfNotExists);
    }

    [Fact]
    public void Text_longer_than_a_message_goes_into_an_embed_within_its_limits()
    {
        // Act
        var reply = DiscordRenderer.Text(string.Concat(Enumerable.Repeat("gene therapy ", 1000)));

        // Assert
        Assert.Null(reply.Content);
        Assert.Empty(DiscordLimits.Violations(reply.Embed!));
        Assert.EndsWith(TextFit.Ellipsis, reply.Embed!.Description);
    }

    [Fact]
    public void Twenty_five_fields_at_most_and_the_rest_dropped_whole()
    {
        // Arrange
        var answer = Some.Answer([.. Enumerable.Range(1, 40).Select(n => Some.Citation(n, excerpt: "short", title: $"Title {n}"))]);

        // Act
        var embed = DiscordRenderer.Render(new ChatReply(answer.Text, Answer: answer)).Embed!;

        // Assert
        Assert.Equal(DiscordLimits.EmbedFields, embed.Fields!.Count);
        Assert.Equal(Enumerable.Range(1, 25).Select(n => $"[{n}] Title {n}"), embed.Fields.Select(f => f.Name));
        Assert.Empty(DiscordLimits.Violations(embed));
    }

    [Fact]
    public void A_citation_too_long_to_show_whole_is_dropped_with_the_ones_after_it()
    {
        // Arrange
        var answer = Some.Answer(Some.Citation(1), Some.Citation(2, title: new string('x', 300)), Some.Citation(3));

        // Act
        var embed = DiscordRenderer.Render(new ChatReply(answer.Text, Answer: answer)).Embed!;

        // Assert
        Assert.Equal(["[1] CAR T-cell therapy"], embed.Fields!.Select(f => f.Name));
        Assert.DoesNotContain("[2]", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_long_answers_never_break_a_limit_and_never_cut_a_citation()
    {
        // Arrange
        var random = new Random(Seed);

        for (var round = 0; round < 300; round++)
        {
            var citations = Enumerable.Range(1, random.Next(1, 31))
                .Select(n => Some.Citation(n, RandomText(random, 2500), RandomText(random, 300), RandomText(random, 1200), random.Next(3) == 0 ? null : "https://example.org/" + RandomWord(random)))
                .ToArray();
            var answer = Some.Answer(citations) with { Disclaimer = RandomText(random, 2500) };

            // Act
            var reply = DiscordRenderer.Render(new ChatReply(answer.Text, Answer: answer));

            // Assert
            if (reply.Embed is null)
            {
                Assert.True(reply.Content!.Length <= DiscordLimits.Content);
                continue;
            }
            Assert.Empty(DiscordLimits.Violations(reply.Embed));
            var fields = reply.Embed.Fields!;
            for (var i = 0; i < fields.Count; i++)
                Assert.Equal(AnswerEmbed.SourceField(citations[i]), fields[i]);
        }
    }

    [Fact]
    public void Random_plain_text_and_faq_entries_never_break_a_limit()
    {
        // Arrange
        var random = new Random(Seed);

        for (var round = 0; round < 300; round++)
        {
            var text = RandomText(random, 9000);
            var entry = new FaqEntry("k", [], RandomText(random, 600), RandomText(random, 1500), RandomText(random, 9000), "faq/k.md");

            // Act
            var plain = DiscordRenderer.Text(text);
            var faq = DiscordRenderer.Render(new ChatReply("", Faq: entry));

            // Assert
            Assert.True(plain.Content is null || plain.Content.Length <= DiscordLimits.Content);
            Assert.True(plain.Embed is null || DiscordLimits.Violations(plain.Embed).Count == 0);
            Assert.Empty(DiscordLimits.Violations(faq.Embed!));
        }
    }

    private static readonly string[] Pieces = ["gene", "therapy", "**CAR T**", "@everyone", "@here", "🧬", "日本語", "\\*", "_", "`", "\n", "  ", "a", "verylongwordwithoutanyspacesatallthatgoesonandon"];

    private static string RandomText(Random random, int maxLength)
    {
        var length = random.Next(0, maxLength);
        var sb = new System.Text.StringBuilder();
        while (sb.Length < length)
            sb.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(4) == 0 ? "" : " ");
        return sb.ToString();
    }

    private static string RandomWord(Random random) => Pieces[random.Next(Pieces.Length)].Trim();
}
