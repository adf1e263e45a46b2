using GeneBot.Knowledge.Answers;
using GeneBot.Knowledge.Corpus;
using GeneBot.Knowledge.Tests.Support;

namespace GeneBot.Knowledge.Tests.Answers;

public sealed class SourceDetailsTests
{
    private static readonly ApprovedProduct Kymriah = new("kymriah", "Kymriah", "tisagenlecleucel", "CAR T-cell therapy (CD19)", true,
        [new RegulatoryApproval("EMA", 2018, "Large B-cell lymphoma", "https://example.org/ema"),
         new RegulatoryApproval("FDA", 2017, "B-cell acute lymphoblastic leukemia in patients up to 25 years old", "https://example.org/fda")]);

    private static CorpusSnapshot Snapshot(DateOnly reviewed, params TherapyStatus[] status)
    {
        var article = Some.Article("car-t") with { Reviewed = reviewed, Status = status };
        return new CorpusSnapshot("/corpus", [article], [new FaqEntry("what-is-car-t", [], "What is CAR-T?", "car-t", "An answer.", "faq.md")], [], Knowledge.Analysis.SynonymMap.Empty, "x");
    }

    private static SourceDetails CreateSut(CorpusSnapshot snapshot, DateTimeOffset now) => new(snapshot, [Kymriah], new FixedTime(now));

    private static Citation Cite(string articleId, string excerpt) => new(1, articleId, "CAR T-cell therapy", "Approvals", excerpt, null, 1.0);

    [Fact]
    public void A_citation_shows_when_its_article_was_reviewed()
    {
        // Arrange
        var sut = CreateSut(Snapshot(new DateOnly(2026, 11, 26)), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        // Act
        var cited = sut.Describe(Cite("car-t", "CAR T cells are made from your own cells."));

        // Assert
        Assert.Equal(new DateOnly(2026, 11, 26), cited.Reviewed);
        Assert.False(cited.PossiblyOutdated);
        Assert.Contains("(reviewed Nov 2026)", AnswerRenderer.SourceLine(cited));
    }

    [Fact]
    public void An_article_reviewed_more_than_18_months_ago_is_marked_as_possibly_out_of_date()
    {
        // Arrange
        var sut = CreateSut(Snapshot(new DateOnly(2025, 1, 10)), new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));

        // Act
        var cited = sut.Describe(Cite("car-t", "CAR T cells are made from your own cells."));

        // Assert
        Assert.True(cited.PossiblyOutdated);
        Assert.Contains("possibly out of date", AnswerRenderer.SourceLine(cited));
    }

    [Fact]
    public void A_therapy_the_excerpt_names_gets_its_label_from_the_approvals_table_preferring_the_fda()
    {
        // Arrange
        var sut = CreateSut(Snapshot(new DateOnly(2026, 11, 26), new TherapyStatus("kymriah", "approved")), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        // Act
        var cited = sut.Describe(Cite("car-t", "Kymriah was the first CAR T-cell therapy."));

        // Assert
        Assert.Equal("Kymriah: FDA-approved 2017 (B-cell acute lymphoblastic leukemia)", cited.Label);
    }

    [Fact]
    public void Investigational_therapies_are_labelled_from_the_article_s_status_list()
    {
        // Arrange
        var sut = CreateSut(Snapshot(new DateOnly(2026, 11, 26), new TherapyStatus("mRNA-4157 (V940)", "investigational")), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        // Act
        var cited = sut.Describe(Cite("car-t", "The vaccine V940 is given with pembrolizumab."));

        // Assert
        Assert.Equal("mRNA-4157: investigational", cited.Label);
    }

    [Fact]
    public void A_therapy_that_the_article_does_not_label_gets_no_label_even_if_its_name_appears()
    {
        // Arrange: the text says Kymriah, but the article's data does not label it.
        var sut = CreateSut(Snapshot(new DateOnly(2026, 11, 26)), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        // Act
        var cited = sut.Describe(Cite("car-t", "Kymriah was the first CAR T-cell therapy."));

        // Assert
        Assert.Null(cited.Label);
    }

    [Fact]
    public void An_faq_citation_takes_the_details_of_the_article_it_links_to()
    {
        // Arrange
        var sut = CreateSut(Snapshot(new DateOnly(2026, 11, 26)), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        // Act
        var cited = sut.Describe(Cite("faq:what-is-car-t", "CAR-T uses your own cells."));

        // Assert
        Assert.Equal(new DateOnly(2026, 11, 26), cited.Reviewed);
    }

    [Theory]
    [InlineData("B-cell acute lymphoblastic leukemia in patients up to 25 years old", "B-cell acute lymphoblastic leukemia")]
    [InlineData("Melanoma that cannot be removed by surgery, injected into tumours", "Melanoma")]
    [InlineData("Spinal muscular atrophy", "Spinal muscular atrophy")]
    public void Indications_are_shortened_to_the_disease(string indication, string expected)
    {
        // Assert
        Assert.Equal(expected, SourceDetails.ShortIndication(indication));
    }
}
