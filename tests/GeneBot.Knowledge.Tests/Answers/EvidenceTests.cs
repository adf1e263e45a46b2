using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Answers;

public sealed class EvidenceTests
{
    [Fact]
    public void A_passage_holding_every_question_word_side_by_side_is_fully_confident()
    {
        // Arrange
        var plan = Some.Plan("viral vector");

        // Act
        var confidence = Evidence.Confidence(plan, "A viral vector carries a gene into a cell.");

        // Assert
        Assert.Equal(1.0, confidence, 3);
    }

    [Fact]
    public void A_passage_missing_question_words_is_less_confident()
    {
        // Arrange
        var plan = Some.Plan("viral vector dosage");

        // Act
        var all = Evidence.Confidence(plan, "The viral vector dosage depends on weight.");
        var some = Evidence.Confidence(plan, "A viral vector carries a gene into a cell.");

        // Assert
        Assert.True(some < all, $"{some} vs {all}");
        Assert.InRange(some, 0, 1);
    }

    [Fact]
    public void Evidence_that_shares_no_topic_word_of_the_library_counts_for_less()
    {
        // Arrange: "cell" and "phone" are everyday words; only "vector" is one of the library's topic words.
        var plan = Some.Plan("cell phone repair");
        var domain = new HashSet<string> { "vector", "viral" };
        const string passage = "Each cell can repair a cut in its DNA, and a phone call to the clinic helps.";

        // Act
        var plain = Evidence.Confidence(plan, passage);
        var anchored = Evidence.Confidence(plan, passage, domain);

        // Assert
        Assert.Equal(plain * Evidence.UnanchoredFactor, anchored, 6);
    }

    [Fact]
    public void Evidence_that_holds_a_topic_word_keeps_its_full_confidence()
    {
        // Arrange
        var plan = Some.Plan("viral vector repair");
        var domain = new HashSet<string>(Some.Plan("viral vector").Concepts.Select(c => c.Term));
        const string passage = "A viral vector can carry a repair gene.";

        // Act / Assert
        Assert.Equal(Evidence.Confidence(plan, passage), Evidence.Confidence(plan, passage, domain), 6);
    }

    [Fact]
    public void The_library_vocabulary_holds_titles_tags_glossary_terms_faq_titles_and_synonyms_but_not_body_words()
    {
        // Arrange
        var snapshot = CorpusReader.Read(TestCorpus.Path);

        // Act
        var vocabulary = DomainVocabulary.From(snapshot);

        // Assert
        var title = Some.Plan(snapshot.Articles[0].Title).Concepts.Select(c => c.Term);
        Assert.All(title, t => Assert.Contains(t, vocabulary));
        Assert.All(snapshot.Synonyms.Groups.SelectMany(g => g).SelectMany(p => Some.Plan(p).Concepts).Select(c => c.Term), t => Assert.Contains(t, vocabulary));
        Assert.DoesNotContain("the", vocabulary);
    }
}
