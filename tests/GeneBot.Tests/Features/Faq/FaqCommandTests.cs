using GeneBot.Features.Faq;
using GeneBot.Chat;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Features.Faq;

public sealed class FaqCommandTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>
{
    private ChatRouter CreateSut() => ChatSetup.CreateRouter(bundled.Knowledge);

    private static ChatRequest Say(string text) => new(text, "user-1", "place-1");

    [Fact]
    public void Showing_a_key_posts_the_entry_with_its_link_and_the_disclaimer()
    {
        // Act
        var reply = CreateSut().Handle(Say("/faq what-is-car-t"));

        // Assert
        Assert.NotNull(reply.Faq);
        Assert.Equal("what-is-car-t", reply.Faq.Key);
        Assert.Contains("Read more:", reply.Text);
        Assert.Contains("not medical advice", reply.Text);
    }

    [Fact]
    public void An_alias_finds_its_entry()
    {
        // Arrange
        var entry = bundled.Knowledge.Corpus.Faqs.First(f => f.Aliases.Count > 0);

        // Act
        var reply = CreateSut().Handle(Say("/faq " + entry.Aliases[0].ToUpperInvariant()));

        // Assert
        Assert.Equal(entry.Key, reply.Faq?.Key);
    }

    [Fact]
    public void An_unknown_key_suggests_the_nearest_keys()
    {
        // Act
        var reply = CreateSut().Handle(Say("/faq what-is-car"));

        // Assert
        Assert.Null(reply.Faq);
        Assert.Contains("what-is-car-t", reply.Text);
        Assert.True(reply.Ephemeral);
    }

    [Fact]
    public void Listing_shows_every_key_across_its_pages()
    {
        // Arrange
        var pages = (bundled.Knowledge.Corpus.Faqs.Count + FaqCommand.PageSize - 1) / FaqCommand.PageSize;

        // Act
        var text = string.Join("\n", Enumerable.Range(1, pages).Select(page => CreateSut().Handle(Say($"/faq list {page}")).Text));

        // Assert
        foreach (var entry in bundled.Knowledge.Corpus.Faqs)
            Assert.Contains(entry.Key + " —", text);
    }
}
