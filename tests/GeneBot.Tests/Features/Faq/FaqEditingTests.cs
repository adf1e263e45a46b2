using GeneBot.Chat;
using GeneBot.Storage;
using GeneBot.Tests.Support;

namespace GeneBot.Tests.Features.Faq;

/// <summary>/faq add, edit, remove and history through the chat router, over a real store.</summary>
public sealed class FaqEditingTests(BundledKnowledge bundled) : IClassFixture<BundledKnowledge>, IDisposable
{
    private readonly TestStore store = new();

    private ChatRouter CreateSut() => ChatSetup.CreateRouter(bundled.Knowledge, services: store.Services());

    private static ChatRequest As(ChatRole role, string text, params (string Name, string Value)[] options) =>
        new(text, "1200000000000000004", "place-1", Role: role) { Options = options.ToDictionary(o => o.Name, o => o.Value) };

    private static ChatRequest Add(string key, ChatRole role = ChatRole.Moderator) => As(role, "/faq add",
        ("key", key), ("title", "Does kale cure cancer?"), ("body", "No food cures cancer."), ("link", "what-is-gene-therapy"), ("aliases", "kale-cure, greens"));

    [Fact]
    public void A_moderator_adds_an_entry_that_anyone_can_then_show_by_key_or_alias()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var added = sut.Handle(Add("kale"));
        var byKey = sut.Handle(As(ChatRole.Member, "/faq show", ("key", "kale")));
        var byAlias = sut.Handle(As(ChatRole.Member, "/faq greens"));

        // Assert
        Assert.StartsWith("Added the FAQ entry 'kale'", added.Text, StringComparison.Ordinal);
        Assert.Equal("No food cures cancer.", byKey.Faq?.Body);
        Assert.True(byKey.Ephemeral);
        Assert.Equal("kale", byAlias.Faq?.Key);
    }

    [Fact]
    public void A_member_cannot_add_edit_remove_post_or_read_history()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var replies = new[]
        {
            sut.Handle(Add("kale", ChatRole.Member)),
            sut.Handle(As(ChatRole.Member, "/faq edit", ("key", "what-is-car-t"), ("body", "changed"))),
            sut.Handle(As(ChatRole.Member, "/faq remove", ("key", "what-is-car-t"))),
            sut.Handle(As(ChatRole.Member, "/faq post", ("key", "what-is-car-t"))),
            sut.Handle(As(ChatRole.Member, "/faq history", ("key", "what-is-car-t"))),
        };

        // Assert
        Assert.All(replies, r => Assert.Equal(ChatErrors.ModeratorsOnly, r));
        Assert.Empty(store.Faqs.Overrides());
    }

    [Fact]
    public void An_edit_of_a_corpus_entry_wins_and_history_shows_who_when_before_and_after()
    {
        // Arrange
        var sut = CreateSut();
        var original = bundled.Knowledge.Corpus.Faqs.Single(f => f.Key == "what-is-car-t");

        // Act
        var edited = sut.Handle(As(ChatRole.Moderator, "/faq edit", ("key", "what-is-car-t"), ("title", "What is CAR-T, in short?")));
        var shown = sut.Handle(As(ChatRole.Member, "/faq what-is-car-t"));
        var history = sut.Handle(As(ChatRole.Moderator, "/faq history", ("key", "what-is-car-t")));

        // Assert
        Assert.StartsWith("Updated", edited.Text, StringComparison.Ordinal);
        Assert.Equal("What is CAR-T, in short?", shown.Faq?.Title);
        Assert.Equal(original.Body, shown.Faq?.Body);
        Assert.Contains("edit by member #", history.Text, StringComparison.Ordinal);
        Assert.Contains($"title: \"{original.Title}\" → \"What is CAR-T, in short?\"", history.Text, StringComparison.Ordinal);
        Assert.Contains("2026-11-26 12:00 UTC", history.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1200000000000000004", history.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_corpus_entry_hides_it_and_its_key_then_suggests_others()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        sut.Handle(As(ChatRole.Moderator, "/faq remove", ("key", "what-is-car-t")));
        var shown = sut.Handle(As(ChatRole.Member, "/faq what-is-car-t"));
        var list = sut.Handle(As(ChatRole.Member, "/faq list"));

        // Assert
        Assert.Null(shown.Faq);
        Assert.Contains("There is no FAQ entry called 'what-is-car-t'", shown.Text, StringComparison.Ordinal);
        Assert.Contains("Did you mean:", shown.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("what-is-car-t —", list.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad Key!", "lowercase letters")]
    [InlineData("what-is-car-t", "already used")]
    public void An_invalid_or_taken_key_is_refused_with_a_reason(string key, string reason)
    {
        // Act
        var reply = CreateSut().Handle(Add(key));

        // Assert
        Assert.Contains(reason, reply.Text, StringComparison.Ordinal);
        Assert.Empty(store.Faqs.Overrides());
    }

    [Fact]
    public void An_alias_taken_by_another_entry_is_refused()
    {
        // Arrange
        var taken = bundled.Knowledge.Corpus.Faqs.First(f => f.Aliases.Count > 0);

        // Act
        var reply = CreateSut().Handle(As(ChatRole.Moderator, "/faq add",
            ("key", "kale"), ("title", "T"), ("body", "B."), ("link", "x"), ("aliases", taken.Aliases[0])));

        // Assert
        Assert.Contains($"already used by '{taken.Key}'", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_form_of_add_takes_fields_separated_by_bars()
    {
        // Act
        var reply = CreateSut().Handle(As(ChatRole.Admin, "/faq add kale | Does kale cure cancer? | what-is-gene-therapy | No food cures cancer."));

        // Assert
        Assert.StartsWith("Added", reply.Text, StringComparison.Ordinal);
        Assert.Equal("Does kale cure cancer?", store.Faqs.Overrides().Single().Entry!.Title);
    }

    [Fact]
    public void Posting_is_public_and_can_reply_to_a_message()
    {
        // Act
        var reply = CreateSut().Handle(As(ChatRole.Moderator, "/faq post", ("key", "what-is-car-t"), ("reply_to", "1400000000000000001")));

        // Assert
        Assert.False(reply.Ephemeral);
        Assert.Equal("what-is-car-t", reply.Faq?.Key);
        Assert.Equal("1400000000000000001", reply.ReplyTo);
    }

    [Fact]
    public void The_list_is_paged()
    {
        // Act
        var first = CreateSut().Handle(As(ChatRole.Member, "/faq list"));
        var second = CreateSut().Handle(As(ChatRole.Member, "/faq list 2"));

        // Assert
        Assert.Contains("page 1 of", first.Text, StringComparison.Ordinal);
        Assert.Contains("page 2 of", second.Text, StringComparison.Ordinal);
        Assert.NotEqual(first.Text, second.Text);
    }

    public void Dispose() => store.Dispose();
}
