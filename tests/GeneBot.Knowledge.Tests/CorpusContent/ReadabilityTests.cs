using GeneBot.Knowledge.Corpus;

namespace GeneBot.Knowledge.Tests.CorpusContent;

/// <summary>Plain language for frightened readers: the Flesch–Kincaid grade of the bundled articles has a median of 9 or below and none above 12.</summary>
public sealed class ReadabilityTests(BundledCorpus corpus) : IClassFixture<BundledCorpus>
{
    [Fact]
    public void The_median_article_reads_at_grade_nine_or_below_and_none_above_twelve()
    {
        // Arrange
        var grades = corpus.Snapshot.Articles.Select(a => (a.Id, Readability.Score(a).Grade)).ToArray();
        var sorted = grades.Select(g => g.Grade).Order().ToArray();

        // Assert
        Assert.True(sorted[sorted.Length / 2] <= 9.0, $"median grade {sorted[sorted.Length / 2]}");
        Assert.All(grades, g => Assert.True(g.Grade <= 12.0, $"{g.Id}: grade {g.Grade}"));
    }

    [Theory]
    [InlineData("The cat sat on the mat.", 1, 6)]
    [InlineData("Gene therapy changes genes. Doctors use viruses.", 2, 7)]
    public void Counting_sentences_and_words_follows_the_text(string text, int sentences, int words)
    {
        // Act
        var score = Readability.Score([text]);

        // Assert
        Assert.Equal(sentences, score.Sentences);
        Assert.Equal(words, score.Words);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("therapy", 3)]
    [InlineData("immunotherapy", 6)]
    [InlineData("made", 1)]
    public void Syllables_are_estimated_from_vowel_groups(string word, int expected)
    {
        // Assert
        Assert.Equal(expected, Readability.Syllables(word));
    }

    [Fact]
    public void Long_words_in_long_sentences_score_a_higher_grade_than_short_plain_ones()
    {
        // Act
        var plain = Readability.Score(["Doctors take some of your blood. They change the cells. Then they give them back."]);
        var dense = Readability.Score(["Autologous chimeric antigen receptor modified lymphocytes are manufactured following leukapheresis and subsequently reinfused intravenously after lymphodepleting chemotherapy."]);

        // Assert
        Assert.True(dense.Grade > plain.Grade + 5, $"{dense.Grade} vs {plain.Grade}");
    }
}
