using GeneBot.Adapters.Discord.Rendering;
using GeneBot.Knowledge.Answers;

namespace GeneBot.Tests.Adapters.Discord.Rendering;

public sealed class SourceFieldTests
{
    private static Citation Cite() => new(1, "car-t-approved-products", "Approved CAR T-cell therapies", "Kymriah", "Kymriah was first.", "https://example.org/a", 1.0);

    [Fact]
    public void A_citation_field_shows_the_reviewed_month_the_status_label_and_the_link()
    {
        // Arrange
        var citation = Cite() with { Reviewed = new DateOnly(2026, 11, 26), Label = "Kymriah: FDA-approved 2017 (B-cell acute lymphoblastic leukemia)" };

        // Act
        var field = AnswerEmbed.SourceField(citation)!;

        // Assert
        Assert.Equal("[1] Approved CAR T-cell therapies", field.Name);
        Assert.Equal("§ Kymriah\nReviewed Nov 2026\nKymriah: FDA-approved 2017 (B-cell acute lymphoblastic leukemia)\n[Read the article](https://example.org/a)", field.Value);
    }

    [Fact]
    public void An_old_article_is_marked_as_possibly_out_of_date()
    {
        // Act
        var field = AnswerEmbed.SourceField(Cite() with { Reviewed = new DateOnly(2024, 1, 5), PossiblyOutdated = true })!;

        // Assert
        Assert.Contains("Reviewed Jan 2024 (possibly out of date)", field.Value);
    }
}
