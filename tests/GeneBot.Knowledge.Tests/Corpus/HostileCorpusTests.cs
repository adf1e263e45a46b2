using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Corpus;

/// <summary>A corpus with every kind of bad file at once still indexes what is valid, names each bad file, and reads nothing outside its folder.</summary>
public sealed class HostileCorpusTests : IDisposable
{
    private readonly TempDirectory root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void A_hostile_corpus_indexes_the_valid_articles_names_every_bad_file_and_leaks_nothing()
    {
        // Arrange
        var corpus = root.Combine("corpus");
        Directory.CreateDirectory(Path.Combine(corpus, "articles"));
        Directory.CreateDirectory(Path.Combine(corpus, "faq"));
        void Write(string name, string text) => File.WriteAllText(Path.Combine(corpus, "articles", name), text);

        Write("good.md", Some.ArticleText("good", "Viral vectors", "\n## What a vector is\n\nA viral vector carries a gene into a cell. @everyone should know this.\n<script>alert('x')</script>\n<b>Bold</b> words stay plain.\n"));
        Write("broken-yaml.md", "---\nid: broken\ntitle: [unclosed\n---\n## A\n\nText.\n");
        Write("zz-duplicate.md", Some.ArticleText("good", "Another good", "\n## B\n\nA second article with the same id.\n"));
        Write("huge.md", Some.ArticleText("huge", "Huge", "\n## Big\n\n" + new string('x', 5 * 1024 * 1024)));
        File.WriteAllBytes(Path.Combine(corpus, "articles", "binary.md"), [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0xFF, 0xFE]);
        File.WriteAllText(root.Combine("secret.md"), Some.ArticleText("secret", "Secret", "\n## Secret\n\nThe password is swordfish.\n"));
        File.CreateSymbolicLink(Path.Combine(corpus, "articles", "escape.md"), root.Combine("secret.md"));

        // Act
        using var knowledge = KnowledgeBase.Open(new KnowledgeOptions { CorpusPath = corpus, IndexPath = root.Combine("index") });
        var answer = knowledge.Ask("what is a viral vector");
        var leak = knowledge.Ask("swordfish password");

        // Assert
        Assert.Equal(["good"], knowledge.Corpus.Articles.Select(a => a.Id));
        var named = knowledge.Corpus.Errors.Select(e => Path.GetFileName(e.Path)).ToHashSet();
        Assert.Equal(new HashSet<string> { "broken-yaml.md", "zz-duplicate.md", "huge.md", "binary.md", "escape.md" }, named);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.DoesNotContain("<script>", answer.Text);
        Assert.DoesNotContain("alert(", answer.Text);
        Assert.Equal(AnswerStatus.Abstained, leak.Status);
        Assert.DoesNotContain("swordfish", leak.Text);
    }
}
