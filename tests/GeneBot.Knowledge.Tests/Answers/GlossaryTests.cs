using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Tests.CorpusContent;

namespace GeneBot.Knowledge.Tests.Answers;

/// <summary>The glossary article as short definitions, and their expansion in an answer's excerpts.</summary>
public sealed class GlossaryTests
{
    private static readonly Glossary Sut = Glossary.From(new BundledCorpus().Snapshot);

    private static Citation Cite(int n, string excerpt, string articleId = "car-t-basics") =>
        new(n, articleId, "Title", "Section", excerpt, null, 1.0);

    [Fact]
    public void Each_heading_is_a_term_and_its_bracketed_acronym_with_the_first_sentence_as_definition()
    {
        // Act
        var names = Sut.Names.ToDictionary(n => n.Name, n => n.Definition);

        // Assert
        Assert.Equal("a small virus that is not known to cause illness in people", names["Adeno-associated virus"]);
        Assert.Equal(names["Adeno-associated virus"], names["AAV"]);
        Assert.Equal("a substance, often a protein, that the immune system can spot", names["Antigen"]);
        Assert.All(Sut.Names, n => Assert.InRange(n.Definition.Length, 1, Glossary.MaxDefinition));
    }

    [Fact]
    public void Every_definition_is_the_glossary_article_s_own_words()
    {
        // Arrange
        var article = new BundledCorpus().Snapshot.Articles.Single(a => a.Id == Glossary.ArticleId);
        var text = string.Join(' ', article.Sections.SelectMany(s => s.Paragraphs));

        // Assert
        Assert.All(Sut.Names, n => Assert.Contains(n.Definition, text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_term_s_first_use_in_the_answer_is_followed_by_its_definition_in_brackets_and_only_once()
    {
        // Arrange
        var citations = new[] { Cite(1, "Doctors use AAV for this."), Cite(2, "AAV is used here too.") };

        // Act
        var expanded = Sut.Expand(citations);

        // Assert
        Assert.Equal("Doctors use AAV (a small virus that is not known to cause illness in people) for this.", expanded[0].Excerpt);
        Assert.Equal("AAV is used here too.", expanded[1].Excerpt);
    }

    [Fact]
    public void A_term_already_explained_in_brackets_and_excerpts_of_the_glossary_itself_are_left_alone()
    {
        // Arrange
        var citations = new[] { Cite(1, "The antigen (a marker) is on the cell."), Cite(2, "An antigen is a substance.", Glossary.ArticleId) };

        // Act
        var expanded = Sut.Expand(citations);

        // Assert
        Assert.Equal(citations[0].Excerpt, expanded[0].Excerpt);
        Assert.Equal(citations[1].Excerpt, expanded[1].Excerpt);
    }

    [Fact]
    public void A_shorter_term_inside_a_longer_one_is_never_explained_on_its_own()
    {
        // Arrange: the longer term was already explained in an earlier excerpt
        var citations = new[] { Cite(1, "CAR T-cell therapy is made from your cells."), Cite(2, "CAR T-cell therapy does not work for everyone.") };

        // Act
        var expanded = Sut.Expand(citations);

        // Assert
        Assert.StartsWith("CAR T-cell therapy (", expanded[0].Excerpt, StringComparison.Ordinal);
        Assert.Equal("CAR T-cell therapy does not work for everyone.", expanded[1].Excerpt);
    }

    [Fact]
    public void A_word_that_only_contains_a_term_is_not_expanded()
    {
        // Act
        var text = Sut.Expand("Antigens-specific AAVs and adenoviruses.", new HashSet<string>());

        // Assert
        Assert.Equal("Antigens-specific AAVs and adenoviruses.", text);
    }
}
