using GeneBot.Knowledge.Analysis;

namespace GeneBot.Knowledge.Tests.Analysis;

public sealed class WordFormFilterTests
{
    private static string[] Terms(string text) => GeneAnalyzer.Stemmed.Tokens(text).Select(t => t.Term).ToArray();

    [Theory]
    [InlineData("tumour", "tumor")]
    [InlineData("tumours", "tumors")]
    [InlineData("randomised", "randomized")]
    [InlineData("randomisation", "randomization")]
    [InlineData("leukaemia", "leukemia")]
    [InlineData("anaemia", "anemia")]
    [InlineData("haemoglobin", "hemoglobin")]
    [InlineData("paediatric", "pediatric")]
    [InlineData("centre", "center")]
    [InlineData("immunised", "immunized")]
    [InlineData("oesophagus", "esophagus")]
    [InlineData("signalling", "signaling")]
    public void British_and_American_spellings_give_the_same_term(string british, string american)
    {
        // Act
        var a = Terms(british);
        var b = Terms(american);

        // Assert
        Assert.Equal(b, a);
    }

    [Theory]
    [InlineData("made", "make")]
    [InlineData("given", "give")]
    [InlineData("took", "take")]
    [InlineData("grown", "grow")]
    [InlineData("chosen", "choose")]
    [InlineData("spent", "spend")]
    public void Irregular_verb_forms_give_the_term_of_their_base(string form, string baseForm)
    {
        // Act
        var a = Terms(form);
        var b = Terms(baseForm);

        // Assert
        Assert.Equal(b, a);
    }

    [Theory]
    [InlineData("exercise")]
    [InlineData("advise")]
    [InlineData("promise")]
    [InlineData("supervised")]
    [InlineData("expertise")]
    [InlineData("four")]
    [InlineData("hour")]
    [InlineData("left")]
    [InlineData("found")]
    [InlineData("aerosol")]
    public void Words_that_are_not_british_variants_or_irregular_forms_are_left_alone(string word)
    {
        // Act
        var normal = WordFormFilter.Normalise(word);

        // Assert
        Assert.Same(word, normal);
    }

    [Fact]
    public void A_question_in_american_spelling_finds_a_passage_in_british_spelling()
    {
        // Arrange
        var question = GeneAnalyzer.Question.Tokens("why are solid tumors harder to treat with randomized trials").Select(t => t.Term).ToArray();
        var passage = Terms("Solid tumours are harder to treat, and randomised trials show it.").ToHashSet(StringComparer.Ordinal);

        // Assert
        Assert.All(question, t => Assert.Contains(t, passage));
    }
}
