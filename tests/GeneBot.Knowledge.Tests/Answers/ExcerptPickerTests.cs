using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Answers;

public sealed class ExcerptPickerTests
{
    private const string Passage =
        "Sickle cell disease bends red blood cells. " +
        "Doctors collect blood stem cells first. " +
        "Strong chemotherapy makes space in the marrow. " +
        "Fetal hemoglobin can be switched back on. " +
        "Recovery takes weeks.";

    [Fact]
    public void The_excerpt_is_a_run_of_neighbouring_sentences_around_the_one_holding_the_question_words()
    {
        // Arrange
        var plan = Some.Plan("fetal hemoglobin");

        // Act
        var excerpt = ExcerptPicker.Pick(plan, Passage);

        // Assert
        Assert.Contains("**Fetal hemoglobin** can be switched back on.", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("Sickle cell disease bends", excerpt, StringComparison.Ordinal);
        Assert.InRange(Knowledge.Indexing.SentenceSplitter.Split(excerpt).Count, 1, ExcerptPicker.MaxSentences);
    }

    [Fact]
    public void A_best_sentence_that_starts_with_it_or_this_brings_the_sentence_before_it()
    {
        // Arrange
        var plan = Some.Plan("lasts years");
        var passage = "AAV is a small virus. It carries a gene that lasts for years. Nothing else here.";

        // Act
        var excerpt = ExcerptPicker.Pick(plan, passage);

        // Assert
        Assert.StartsWith("AAV is a small virus. It carries a gene that **lasts** for **years**.", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void An_excerpt_holds_at_most_three_sentences()
    {
        // Arrange
        var plan = Some.Plan("gene");
        var passage = "Gene one. Gene two. Gene three. Gene four. Gene five.";

        // Act
        var excerpt = ExcerptPicker.Pick(plan, passage);

        // Assert
        Assert.Equal("**Gene** one. **Gene** two. **Gene** three.", excerpt);
    }

    [Fact]
    public void An_excerpt_stops_before_a_sentence_that_would_pass_420_characters()
    {
        // Arrange
        var plan = Some.Plan("vector");
        var first = "Vector " + string.Join(' ', Enumerable.Repeat("word", 60)) + ".";
        var second = "Vector " + string.Join(' ', Enumerable.Repeat("more", 60)) + ".";

        // Act
        var excerpt = ExcerptPicker.Pick(plan, $"{first} {second}");

        // Assert
        Assert.Equal(first.Replace("Vector", "**Vector**", StringComparison.Ordinal), excerpt);
    }

    [Fact]
    public void Every_inflection_of_a_question_word_is_bolded_and_neighbours_form_one_bold_run()
    {
        // Arrange
        var plan = Some.Plan("editing genes");

        // Act
        var excerpt = ExcerptPicker.Highlight("Gene editing edits a gene; edited genes stay.", plan.HighlightTerms);

        // Assert
        Assert.Equal("**Gene editing edits** a **gene**; **edited genes** stay.", excerpt);
    }

    [Fact]
    public void A_synonym_of_a_question_word_is_bolded_too()
    {
        // Arrange
        var plan = Some.Plan("imlygic", Some.Synonyms("t-vec, imlygic"));

        // Act
        var excerpt = ExcerptPicker.Highlight("T-VEC is injected into melanoma.", plan.HighlightTerms, plan.HighlightPhrases);

        // Assert
        Assert.Equal("**T-VEC** is injected into melanoma.", excerpt);
    }

    [Fact]
    public void Chat_markdown_in_corpus_text_is_escaped()
    {
        // Arrange
        var plan = Some.Plan("zebra");

        // Act
        var excerpt = ExcerptPicker.Highlight(@"Take *one* dose_daily, ~~not~~ `two` | a\b.", plan.HighlightTerms);

        // Assert
        Assert.Equal(@"Take \*one\* dose\_daily, \~\~not\~\~ \`two\` \| a\\b.", excerpt);
    }

    [Fact]
    public void Bolding_a_word_keeps_the_markdown_inside_it_escaped()
    {
        // Arrange
        var plan = Some.Plan("car");

        // Act
        var excerpt = ExcerptPicker.Highlight("CAR*T and **CAR**", plan.HighlightTerms);

        // Assert
        Assert.Equal(@"**CAR**\*T and \*\***CAR**\*\*", excerpt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_passage_gives_an_empty_excerpt(string passage)
    {
        // Act
        var excerpt = ExcerptPicker.Pick(Some.Plan("gene"), passage);

        // Assert
        Assert.Equal("", excerpt);
    }

    [Fact]
    public void Only_words_of_the_question_or_of_a_whole_synonym_are_bolded()
    {
        // Arrange
        var plan = Some.Plan("imlygic", Some.Synonyms("t-vec, imlygic"));

        // Act
        var excerpt = ExcerptPicker.Highlight("T-VEC is not a CAR T-cell therapy.", plan.HighlightTerms, plan.HighlightPhrases);

        // Assert
        Assert.Equal("**T-VEC** is not a CAR T-cell therapy.", excerpt);
    }

    [Fact]
    public void Among_runs_holding_the_same_question_words_the_one_that_keeps_mentioning_them_wins()
    {
        // Arrange: the first three sentences and the last two both hold "crispr" once as a set, but only the last two
        // keep to it; the earlier run merely ends on it.
        var plan = Some.Plan("crispr");
        var passage = "Gene editing means a planned change to DNA. DNA holds the body's instructions. " +
            "CRISPR is the best-known tool. Scientists describe CRISPR as genetic scissors.";

        // Act
        var excerpt = ExcerptPicker.Pick(plan, passage);

        // Assert
        Assert.Contains("**CRISPR** is the best-known tool.", excerpt, StringComparison.Ordinal);
        Assert.Contains("describe **CRISPR** as genetic scissors", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("Gene editing means", excerpt, StringComparison.Ordinal);
    }
}
