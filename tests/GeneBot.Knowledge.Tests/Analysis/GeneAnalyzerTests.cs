using GeneBot.Knowledge.Analysis;

namespace GeneBot.Knowledge.Tests.Analysis;

public sealed class GeneAnalyzerTests
{
    private static string[] Terms(GeneAnalyzer analyzer, string text) => analyzer.Tokens(text).Select(t => t.Term).ToArray();

    [Theory]
    [InlineData("therapy", "therapies")]
    [InlineData("edit", "editing")]
    [InlineData("edit", "edited")]
    [InlineData("vector", "vectors")]
    [InlineData("infect", "infection")]
    public void Stemming_gives_inflected_forms_the_same_term(string word, string inflected)
    {
        // Act
        var a = Terms(GeneAnalyzer.Stemmed, word);
        var b = Terms(GeneAnalyzer.Stemmed, inflected);

        // Assert
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("patient's")]
    [InlineData("patient’s")]
    [InlineData("Patient's")]
    public void Possessives_are_removed(string word)
    {
        // Act
        var terms = Terms(GeneAnalyzer.Stemmed, word);

        // Assert
        Assert.Equal(["patient"], terms);
    }

    [Fact]
    public void Stop_words_are_removed_but_leave_a_gap_in_positions()
    {
        // Act
        var tokens = GeneAnalyzer.Stemmed.Tokens("Cells of the patient");

        // Assert
        Assert.Equal([new AnalyzedToken("cell", 0), new AnalyzedToken("patient", 3)], tokens);
    }

    [Fact]
    public void The_exact_analyzer_keeps_word_forms_and_stop_words()
    {
        // Act
        var terms = Terms(GeneAnalyzer.Exact, "The therapies of patients");

        // Assert
        Assert.Equal(["the", "therapies", "of", "patients"], terms);
    }

    [Fact]
    public void Both_analyzers_lower_case_and_fold_accents()
    {
        // Act
        var exact = Terms(GeneAnalyzer.Exact, "Naïve CAFÉ Müller");
        var stemmed = Terms(GeneAnalyzer.Stemmed, "CAFÉ");

        // Assert
        Assert.Equal(["naive", "cafe", "muller"], exact);
        Assert.Equal(["cafe"], stemmed);
    }

    [Fact]
    public void Hyphenated_names_split_into_their_parts()
    {
        // Act
        var terms = Terms(GeneAnalyzer.Stemmed, "CAR-T T-VEC");

        // Assert
        Assert.Equal(["car", "t", "t", "vec"], terms);
    }

    [Fact]
    public void The_question_analyzer_drops_words_that_only_frame_a_question()
    {
        // Act
        var terms = Terms(GeneAnalyzer.Question, "Hi, what is CAR-T and how does it work? Can you tell me please?");

        // Assert
        Assert.Equal(["car", "t"], terms);
    }

    [Fact]
    public void The_indexing_analyzer_keeps_question_words_because_passages_use_them_as_content()
    {
        // Act
        var terms = Terms(GeneAnalyzer.Stemmed, "how the vector works");

        // Assert
        Assert.Equal(["how", "vector", "work"], terms);
    }

    [Fact]
    public void A_question_of_only_stop_and_question_words_has_no_terms()
    {
        // Act
        var terms = Terms(GeneAnalyzer.Question, "What is it, and how would I know? Please tell me!");

        // Assert
        Assert.Empty(terms);
    }

    [Fact]
    public void Question_stop_words_include_the_english_list_and_the_question_words()
    {
        // Assert
        ISet<string> stopWords = GeneAnalyzer.QuestionStopWords;
        Assert.Contains("the", stopWords);
        Assert.Contains("what", stopWords);
        Assert.Contains("GeneBot", stopWords);
        Assert.DoesNotContain("gene", stopWords);
    }
}
