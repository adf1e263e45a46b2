using System.Text;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Corpus;

public sealed class CorpusReaderTests : IDisposable
{
    private readonly TempDirectory corpus = new();

    public void Dispose() => corpus.Dispose();

    private string WriteArticle(string id, string? text = null) => corpus.Write($"articles/{id}.md", text ?? Some.ArticleText(id: id));

    private CorpusSnapshot Read() => CorpusReader.Read(corpus.Path);

    private static CorpusError SingleErrorFor(CorpusSnapshot snapshot, string file) =>
        Assert.Single(snapshot.Errors, e => e.Path.EndsWith(file, StringComparison.Ordinal));

    [Fact]
    public void Reading_the_test_corpus_finds_every_article_faq_and_synonym_group_without_errors()
    {
        // Act
        var snapshot = CorpusReader.Read(TestCorpus.Path);

        // Assert
        Assert.Empty(snapshot.Errors);
        Assert.Equal(TestCorpus.ArticleCount, snapshot.Articles.Count);
        Assert.Equal(TestCorpus.FaqCount, snapshot.Faqs.Count);
        Assert.Equal(5, snapshot.Synonyms.Groups.Count);
        Assert.Equal(Path.GetFullPath(TestCorpus.Path), snapshot.Root);
    }

    [Fact]
    public void Reading_a_corpus_keeps_the_good_files_and_reports_each_bad_one_as_path_line_reason()
    {
        // Arrange
        WriteArticle("good-one");
        WriteArticle("good-two");
        var noId = corpus.Write("articles/no-id.md", "---\ntitle: T\n---\n## A\n\nText.");
        corpus.Write("articles/no-title.md", "---\nid: no-title\n---\n## A\n\nText.");
        corpus.Write("articles/empty.md", Some.ArticleText(id: "empty", body: ""));

        // Act
        var snapshot = Read();

        // Assert
        Assert.Equal(["good-one", "good-two"], snapshot.Articles.Select(a => a.Id));
        Assert.Equal(3, snapshot.Errors.Count);
        Assert.Equal($"{noId}:1: missing 'id'", SingleErrorFor(snapshot, "no-id.md").ToString());
        Assert.Equal(1, SingleErrorFor(snapshot, "no-title.md").Line);
        Assert.Equal(9, SingleErrorFor(snapshot, "empty.md").Line);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_the_line_of_the_bad_byte_and_skipped()
    {
        // Arrange: Latin-1 "é" (0xE9) on line 10.
        WriteArticle("good");
        var text = Encoding.UTF8.GetBytes(Some.ArticleText(id: "latin", body: "\n## A\n\nCaf"));
        corpus.WriteBytes("articles/latin.md", [.. text, 0xE9, (byte)'.', (byte)'\n']);

        // Act
        var snapshot = Read();

        // Assert
        Assert.Equal("good", Assert.Single(snapshot.Articles).Id);
        var error = SingleErrorFor(snapshot, "latin.md");
        Assert.Equal("not valid UTF-8", error.Reason);
        Assert.Equal(12, error.Line);
    }

    [Fact]
    public void A_binary_file_with_a_nul_byte_is_reported_at_its_line_and_skipped()
    {
        // Arrange
        WriteArticle("good");
        corpus.WriteBytes("articles/binary.md", [.. "---\nid: binary\n"u8, 0, .. "title: x\n---\n"u8]);

        // Act
        var snapshot = Read();

        // Assert
        Assert.Single(snapshot.Articles);
        var error = SingleErrorFor(snapshot, "binary.md");
        Assert.Equal(3, error.Line);
        Assert.Contains("binary file", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_1_MB_is_reported_and_skipped_while_one_of_exactly_1_MB_is_read()
    {
        // Arrange
        var atLimit = Encoding.UTF8.GetBytes(Some.ArticleText(id: "at-limit", body: "\n## A\n\nWords "));
        var padding = Enumerable.Repeat((byte)'a', (int)CorpusReader.MaxFileBytes - atLimit.Length).ToArray();
        corpus.WriteBytes("articles/at-limit.md", [.. atLimit, .. padding]);
        var over = Encoding.UTF8.GetBytes(Some.ArticleText(id: "over-limit", body: "\n## A\n\nWords "));
        corpus.WriteBytes("articles/over-limit.md", [.. over, .. Enumerable.Repeat((byte)'a', (int)CorpusReader.MaxFileBytes - over.Length + 1)]);

        // Act
        var snapshot = Read();

        // Assert
        Assert.Equal("at-limit", Assert.Single(snapshot.Articles).Id);
        var error = SingleErrorFor(snapshot, "over-limit.md");
        Assert.Equal(1, error.Line);
        Assert.Contains("over the 1 MB limit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_reported_on_the_later_file_and_the_first_file_is_kept()
    {
        // Arrange
        var first = WriteArticle("a-first", Some.ArticleText(id: "shared-id", title: "First"));
        WriteArticle("b-second", Some.ArticleText(id: "shared-id", title: "Second"));

        // Act
        var snapshot = Read();

        // Assert
        Assert.Equal("First", Assert.Single(snapshot.Articles).Title);
        var error = SingleErrorFor(snapshot, "b-second.md");
        Assert.Equal(2, error.Line);
        Assert.Equal($"duplicate id 'shared-id' (first used in {first})", error.Reason);
    }

    [Fact]
    public void A_duplicate_id_is_reported_at_the_line_the_id_is_on()
    {
        // Arrange: the second file puts the title first, so its id is on line 3.
        WriteArticle("a-first", Some.ArticleText(id: "shared-id"));
        corpus.Write("articles/b-second.md", "---\ntitle: Second\nid: shared-id\n---\n## A\n\nText.");

        // Act
        var snapshot = Read();

        // Assert
        Assert.Equal(3, SingleErrorFor(snapshot, "b-second.md").Line);
    }

    [Fact]
    public void A_symlink_pointing_outside_the_corpus_folder_is_reported_and_skipped()
    {
        // Arrange
        using var outside = new TempDirectory();
        var secret = outside.Write("secret.md", Some.ArticleText(id: "secret"));
        WriteArticle("good");
        File.CreateSymbolicLink(corpus.Combine("articles", "secret.md"), secret);

        // Act
        var snapshot = Read();

        // Assert
        Assert.Equal("good", Assert.Single(snapshot.Articles).Id);
        var error = SingleErrorFor(snapshot, "secret.md");
        Assert.Equal(1, error.Line);
        Assert.Contains("link points outside the corpus folder", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlink_pointing_to_a_file_inside_the_corpus_folder_is_read()
    {
        // Arrange
        var target = corpus.Write("drafts/linked.md", Some.ArticleText(id: "linked"));
        Directory.CreateDirectory(corpus.Combine("articles"));
        File.CreateSymbolicLink(corpus.Combine("articles", "linked.md"), target);

        // Act
        var snapshot = Read();

        // Assert
        Assert.Empty(snapshot.Errors);
        Assert.Equal("linked", Assert.Single(snapshot.Articles).Id);
    }

    [Fact]
    public void A_broken_symlink_is_reported_and_skipped()
    {
        // Arrange
        WriteArticle("good");
        File.CreateSymbolicLink(corpus.Combine("articles", "dangling.md"), corpus.Combine("articles", "missing-target.md"));

        // Act
        var snapshot = Read();

        // Assert
        Assert.Single(snapshot.Articles);
        Assert.Equal(1, SingleErrorFor(snapshot, "dangling.md").Line);
    }

    [Fact]
    public void A_utf8_byte_order_mark_does_not_hide_the_front_matter()
    {
        // Arrange
        corpus.WriteBytes("articles/bom.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Some.ArticleText(id: "bom"))]);

        // Act
        var snapshot = Read();

        // Assert
        Assert.Empty(snapshot.Errors);
        Assert.Equal("bom", Assert.Single(snapshot.Articles).Id);
    }

    [Fact]
    public void Files_that_are_not_markdown_are_ignored()
    {
        // Arrange
        WriteArticle("good");
        corpus.Write("articles/notes.txt", "not an article");
        corpus.Write("articles/image.png.bak", "\0binary");

        // Act
        var snapshot = Read();

        // Assert
        Assert.Empty(snapshot.Errors);
        Assert.Single(snapshot.Articles);
    }

    [Fact]
    public void Reading_a_folder_that_does_not_exist_throws_a_clear_error()
    {
        // Act
        var error = Assert.Throws<DirectoryNotFoundException>(() => CorpusReader.Read(corpus.Combine("missing")));

        // Assert
        Assert.Contains("Knowledge:CorpusPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Faq_entries_with_a_duplicate_key_or_alias_are_reported_and_the_first_entry_is_kept()
    {
        // Arrange
        var first = corpus.Write("faq/a-first.md", Some.FaqText(key: "a-first", aliases: "[car-t, cart]"));
        corpus.Write("faq/b-same-key.md", Some.FaqText(key: "a-first", aliases: "[]"));
        corpus.Write("faq/c-alias-clash.md", Some.FaqText(key: "c-alias-clash", aliases: "[other, CART]"));
        corpus.Write("faq/d-alias-is-a-key.md", Some.FaqText(key: "d-alias-is-a-key", aliases: "[a-first]"));
        corpus.Write("faq/e-fine.md", Some.FaqText(key: "e-fine", aliases: "[fine-alias]"));

        // Act
        var snapshot = Read();

        // Assert
        Assert.Equal(["a-first", "e-fine"], snapshot.Faqs.Select(f => f.Key));
        Assert.Equal($"duplicate FAQ key or alias 'a-first' (first used in {first})", SingleErrorFor(snapshot, "b-same-key.md").Reason);
        Assert.Contains("'cart'", SingleErrorFor(snapshot, "c-alias-clash.md").Reason, StringComparison.Ordinal);
        Assert.Contains("'a-first'", SingleErrorFor(snapshot, "d-alias-is-a-key.md").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_faq_entry_does_not_reserve_its_other_aliases()
    {
        // Arrange: b clashes on "x", so its other alias "y" must stay free for c.
        corpus.Write("faq/a.md", Some.FaqText(key: "a", aliases: "[x]"));
        corpus.Write("faq/b.md", Some.FaqText(key: "b", aliases: "[x, y]"));
        corpus.Write("faq/c.md", Some.FaqText(key: "c", aliases: "[y]"));

        // Act
        var snapshot = Read();

        // Assert
        Assert.Equal(["a", "c"], snapshot.Faqs.Select(f => f.Key));
        Assert.Single(snapshot.Errors);
    }

    [Fact]
    public void The_fingerprint_is_stable_for_the_same_files_and_changes_with_any_byte_name_or_synonym()
    {
        // Arrange
        WriteArticle("one");
        corpus.Write("faq/q.md", Some.FaqText(key: "q"));
        corpus.Write("synonyms.txt", "aav, adeno-associated virus\n");
        var original = Read().Fingerprint;

        // Act
        var again = Read().Fingerprint;
        corpus.Write("synonyms.txt", "aav, adeno associated virus\n");
        var synonymsChanged = Read().Fingerprint;
        File.Move(corpus.Combine("faq", "q.md"), corpus.Combine("faq", "r.md"));
        var renamed = Read().Fingerprint;
        WriteArticle("one", Some.ArticleText(id: "one") + " ");
        var edited = Read().Fingerprint;

        // Assert
        Assert.Equal(original, again);
        Assert.Equal(4, new[] { original, synonymsChanged, renamed, edited }.Distinct().Count());
    }
}
