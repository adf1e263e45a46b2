using GeneBot.Knowledge.Indexing;

namespace GeneBot.Knowledge.Tests.Indexing;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Text_is_split_after_periods_question_marks_and_exclamation_marks_before_a_capital()
    {
        // Act
        var sentences = SentenceSplitter.Split("Gene therapy is new. Is it safe? It can be! Doctors watch closely.");

        // Assert
        Assert.Equal(["Gene therapy is new.", "Is it safe?", "It can be!", "Doctors watch closely."], sentences);
    }

    [Theory]
    [InlineData("Some vectors, e.g. Lentiviral ones, stay for life.")]
    [InlineData("Some vectors, i.e. Lentiviral ones, stay for life.")]
    [InlineData("It was approved in the U.S. Food and Drug Administration list.")]
    [InlineData("Trials ran in the U.K. National Health Service.")]
    [InlineData("Ask Dr. Smith about it.")]
    [InlineData("The first result, by Prof. Jones, came in 2017.")]
    [InlineData("Viruses, cells etc. Remain under study here.")]
    [InlineData("Smith et al. Reported it first.")]
    [InlineData("See Fig. 3 for details.")]
    [InlineData("Written by J. Smith in 2019.")]
    [InlineData("Cas9 vs. Cas12 differ in size.")]
    [InlineData("See No. 5 in the list.")]
    public void Common_abbreviations_do_not_end_a_sentence(string text)
    {
        // Act
        var sentences = SentenceSplitter.Split(text);

        // Assert
        Assert.Equal([text], sentences);
    }

    [Theory]
    [InlineData("AAV carries about 4.7 kb of DNA.")]
    [InlineData("Results are good. but not final.")]
    [InlineData("Version 2.0 is out.")]
    [InlineData("See https://example.org/a.b for more.")]
    public void A_period_not_followed_by_space_and_a_capital_does_not_end_a_sentence(string text)
    {
        // Act
        var sentences = SentenceSplitter.Split(text);

        // Assert
        Assert.Equal([text], sentences);
    }

    [Fact]
    public void A_sentence_may_end_before_a_digit_a_quote_or_a_bracket()
    {
        // Act
        var sentences = SentenceSplitter.Split("It was approved in 2017. 2018 brought more. \"Quoted text\" followed. (Bracketed) last.");

        // Assert
        Assert.Equal(["It was approved in 2017.", "2018 brought more.", "\"Quoted text\" followed.", "(Bracketed) last."], sentences);
    }

    [Fact]
    public void A_closing_quote_stays_with_the_sentence_it_ends()
    {
        // Act
        var sentences = SentenceSplitter.Split("She said \"it worked.\" Then she left.");

        // Assert
        Assert.Equal(["She said \"it worked.\"", "Then she left."], sentences);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_has_no_sentences(string text)
    {
        // Act
        var sentences = SentenceSplitter.Split(text);

        // Assert
        Assert.Empty(sentences);
    }

    [Fact]
    public void Splitting_loses_no_words_and_keeps_their_order()
    {
        // Arrange
        var random = new Random(7);
        string[] words = ["gene", "Therapy", "e.g.", "U.S.", "4.7", "It", "cells.", "Why?", "Yes!", "\"Quote.\"", "(note)", "Dr.", "CAR-T"];
        for (var round = 0; round < 200; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 60)).Select(_ => words[random.Next(words.Length)]));

            // Act
            var sentences = SentenceSplitter.Split(text);

            // Assert
            Assert.Equal(text, string.Join(' ', sentences));
        }
    }

    [Fact]
    public void The_answer_no_ends_a_sentence_when_no_number_follows()
    {
        // Act
        var sentences = SentenceSplitter.Split("No. GeneBot gives general information only.");

        // Assert
        Assert.Equal(["No.", "GeneBot gives general information only."], sentences);
    }

    [Fact]
    public void A_single_capital_letter_that_is_a_word_of_the_sentence_can_end_it()
    {
        // Act
        var sentences = SentenceSplitter.Split("Cytosine base editors change a C into a T. Adenine base editors change an A into a G.");

        // Assert
        Assert.Equal(["Cytosine base editors change a C into a T.", "Adenine base editors change an A into a G."], sentences);
    }
}
